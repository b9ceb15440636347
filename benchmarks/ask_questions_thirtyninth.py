"""The thirty-ninth ask question set: ids zt001..zt120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of every
gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is not
wired in by its author), the module docstrings of the earlier sets printed with ``ast`` (to choose people who had not
spoken before and to keep their conventions; they were grepped for the ways of typing the brief suggested), the first
rows of ``ask_questions_thirtieth`` imported in Python (for the file's format; only the first three were printed, fewer
than the ten allowed), and the demo store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them
on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in
directory listings of ``benchmarks/`` and of the brief's folder and in ``git status``. Another author was writing a set
at the same time in the words of people who think in statistics and service levels; this author saw none of it. Each row
is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person, environment, cluster or alert
name the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared
with the answer as a multiset of rows.

Five people whose words reach the chat box in ways not heard before ask the questions, none of whom spoke in an earlier
set. Of the ways the brief suggested, four were kept; the speech-to-text dictator was replaced, by an engineer pasting
the items of a checklist, because the twenty-sixth set already had a head of platform dictating into a phone's voice
input (the thirtieth set's service-desk manager also opened with greetings, but in one line, not as an e-mail with
background and a sign-off; the thirty-first set's payments analyst thought in spreadsheets but asked in her own words,
not in pasted headers).
Each asks three questions in every category (24 each, three of them refusals):

- an analyst filling in a spreadsheet and a Grafana board someone else laid out, at 15:20 on Wednesday 12 March, who
  pastes the column header or the panel title as the question ("Column header: 'Critical alerts - production - 11
  Mar'. which rows go under it?", "Panel title: '...'", "Stat panel", "Bar gauge panel", "Sheet 'Post-deploy', column
  A"), then a terse lower-case ask ("what numbers fill it?", "service | count", "one value");
- Tom, who writes to the chat box as he writes e-mail, at 09:40 on Thursday 13 March: a greeting ("Hi there,", "Hello,",
  "Hi team,"), blank lines, background first ("I'm putting together notes for our checkout review"), the question
  in full polite sentences, and a sign-off ("Many thanks,\\nTom", "Kind regards,\\nTom");
- an engineer pasting questions a manager (Dana) forwarded, at 11:30 on Friday 14 March: mail-client forward
  headers ("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----"),
  quoted lines ("> ..."), the manager's words in quotation marks and a short note of their own around them ("fwd from
  my manager, answer as asked pls", "she wants just the top one"); Tuesday is March 11;
- a screen-reader user, at 10:15 on Monday 17 March, who writes very explicitly so that the answer reads well aloud:
  "Please list ... with every column", "One number only", "by in effect I mean ...", exact dates with years ("on 11
  March 2025", "from 00:00 UTC up to but not including 00:00 UTC on 12 March"), named columns;
- an engineer working down the on-call handover checklist at 08:05 on Wednesday 12 March, pasting each item with its
  checkbox and number ("[ ] 2. Check what is still firing in prod") and an arrow or a short note with the ask
  ("-> which prod alerts are firing right now?", "- list", "(timestamp only)").

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts after deploys,
config changes and flag flips of their service; deploys followed by critical alerts, incidents or early warnings, or
made while an incident was open or an alert firing; incidents after flag changes, with a deploy before them, with
and without early warnings, with their suspects, resolutions, log patterns and silences; alerts and changes around
the v2.14.0 deploy and the first critical payments-api alert; silences in effect at the v2.14.0 deploy, created
during an incident or after an alert, and the alerts firing under maria's silence or started under any silence;
error lines while the hikari alert fired; services that alerted without a deploy): five in each of filters, time,
aggregates, top_n, changes and silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now`` after every record: the
  checklist engineer at Wednesday 2025-03-12 08:05, the panel and sheet analyst at Wednesday 2025-03-12 15:20, Tom at
  Thursday 2025-03-13 09:40, the forwarder at Friday 2025-03-14 11:30 and the screen-reader user at Monday
  2025-03-17 10:15. "Yesterday" (Wednesday's askers), "11 Mar", "Tuesday", "Tuesday 11 March", "on 11 March" and "on
  11 March 2025" are ``[2025-03-11, 2025-03-12)``; Tom's "yesterday (Wednesday 12 March) between midnight and 6am
  UTC" is ``[2025-03-12 00:00, 06:00)``; "this week" / "this week so far" runs from Monday 2025-03-10 00:00 to now,
  "this month" / "March" / "since 1 March" from 2025-03-01 to now, "this year" from 2025-01-01 to now, "since 1
  February" from 2025-02-01 to now; "February" / "February 2025" is ``[2025-02-01, 2025-03-01)``; "1-11 Mar" is
  ``[2025-03-01, 2025-03-12)``; "the week commencing 3 March (3-9 March)" is ``[2025-03-03, 2025-03-10)``; "the last
  24h" is ``(now - 24h, now]``; "overnight (18:00-06:00 UTC)" asked on Wednesday morning is ``[2025-03-11 18:00,
  2025-03-12 06:00)``; "between 14:00 and 15:00 UTC" includes its start and excludes its end; "in the next 2 hours"
  (of silences expiring) is ``(now, now + 2h]`` and the silence not expired before now. A thing is in a window by its
  own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, a warning's ``starts_at``, a log line's ``timestamp``); "still firing", "right now", "what's muted
  right now" are the state at now (a silence active at now by its window and expiry).
- A pasted column header or panel title is the question; the kind of panel ("table panel", "stat panel", "bar gauge")
  only says the shape (rows, one value, a value per thing). The words after the pasted title that list columns
  ("service | count", "hour + count", "who + how many") choose those columns. A forwarded question is read as the
  manager's quoted words; the forwarder's own note may narrow it ("she means the requested reports", "she wants just
  the top one", "all incidents ever", "she wants the deploy rows"). An e-mail's greeting, background and sign-off
  ("Tom") name no filter; the sentence that asks is the question, with any detail the body adds ("only the ones that
  did resolve", "full rows"). A checklist item's number and checkbox are not part of the question.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error level or above" / "error log lines" ``is_error``),
  early warnings the ``warnings`` rows, log patterns ``log_pattern_counts`` summed per template. Changes are their
  ``phase = 'live'`` reports: "deploys" / "deployments" ``type = 'deployment'`` (every live report, so auth-api's
  production v4.2.1 counts twice), "rollbacks" / "rolled back" ``type = 'rollback'``, "flag flips" / "flag change" /
  "feature flag change" ``type = 'flag_change'``, "config changes" ``type = 'config_update'``, "releases published"
  ``type = 'release'``; "changes" / "what changed" every live report, scale events included; "deployments requested"
  the ``phase = 'requested'`` reports. A version is ``coalesce(details['ref'], version)``; the version live in
  production is that of the last live deployment or rollback there. People are answered as stored, bots included
  ("Top 2 deployers - March" is ``argocd (automated)`` and ``sokafor``); "kenji", "maria", "jonas" are ``ILIKE`` on
  their first names; "Sade" is both of her spellings (``sokafor``, ``sade.okafor@acme.io``).
- Named events: "the v2.14.0 prod deploy" / "the payments-api v2.14.0 deployment went live in production" is
  payments-api's live production deployment of v2.14.0 at 14:31:22 on the 11th (a literal); "the first critical
  payments-api alert on Tuesday" (14:42:48) and "the last production deploy yesterday" (user-profile, 16:59:45) are
  scalar subqueries; "the PaymentsAPIErrorBudgetBurn incident on Tuesday" is the ``alert_groups`` row of that alert
  name opened on the 11th; "the HikariPoolPendingConnections alert" is the one alert of that name; "Maria's silence on
  cart-service" is the one silence ``created_by ILIKE '%maria%' AND service = 'cart-service'``. Changes "in the hour
  before" the named alert are every live production change (the alert's environment, any service) in ``[t - 60 min,
  t]``; alerts "(any service) in the 30 min after" the deploy are every alert starting in ``[t, t + 30 min]``; "in the
  next 2 hours" after the last production deploy ("any service, any env") ``[t, t + 2 h]``; checkout-web's error
  lines "in the ten minutes after" the deploy its production lines in ``[t, t + 10 min]``; "minutes from the deploy
  going live to the first payments-api alert after it" is ``round((epoch(first) - epoch(t)) / 60, 1)``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``; warnings meet on their ``service`` and ``environment`` labels). After is ``[t, t + N]``, before ``[t -
  N, t]``, both ends included: an alert or incident "within N after" a deploy, config change or flag change starts
  (opens) in ``[t, t + N]``; a deploy "followed by" a critical alert or an incident "within an hour" has one there;
  "deploys w/ no alert in the next 15m" none; an incident "with a deploy on the same service in the 30 min before it
  opened" has one in ``[opened_at - 30 min, opened_at]``; a deployment "with an early warning ... in the hour after"
  has a warning starting in ``[t, t + 60 min]``; "services paged within 15 minutes of one of their own deploys" are
  the alerts' services after a deploy, each once. A deploy "while an incident was open on the same service" has its
  time in ``[opened_at, resolved_at]`` (now while unresolved); one "while an alert ... was firing" has the alert
  firing at its instant. A silence is in effect from ``starts_at`` to its end or its expiry, whichever came first,
  and meets the other side on its service and, when it pins one, its environment: an alert "started while a silence
  on the same service was in effect" started inside that span; alerts "firing while Maria's silence was on" and
  incidents that "had a silence ... in effect at some point while they were open" share a moment with it (an alert
  until it ended, an incident until resolved, now while open); silences "created during an incident (same service)"
  were created from its opening to its resolution (now while open); silences "created within an hour after an alert
  on the same service" in ``[starts_at, starts_at + 60 min]`` of such an alert; silences "in effect at the moment the
  v2.14.0 deployment went live" are every silence active at 14:31:22, any service. "Which silences actually held
  back at least one alert, according to Alertmanager" are those named in ``alert_mutes.silenced_by``. "Which changes
  were the suspects of incidents" are the ``change_events`` rows whose ``id`` is some ``incident_suspects.change_id``;
  "incidents + suspect change", "incidents whose suspect change was a flag change" and "incidents that had a suspect
  change" read ``incident_suspects``, and "whose changes were blamed" counts its incidents per the ``actor`` of the
  change rows it names; "incidents with no early warning" are an anti-join on ``incident_warnings``, "incidents that
  had at least one early warning before them" its rows counted per ``service`` (distinct groups); "early warnings
  before the ... incident" are its ``incident_warnings`` rows; "the top 3 log patterns before" an incident its
  ``incident_log_patterns`` rows with ``rank <= 3``; "for each incident ... what the fix was and who resolved it"
  joins ``alert_groups`` to ``resolutions`` on ``group_id`` (resolved ones only). "For each X: a, b and how many Y"
  / "one row per X, zeros included" is one row per X with those columns and a count (a ``LEFT JOIN``; a warning's row
  is its ``id``). "Services that alerted in February but had no deploy at all in February" is an ``EXCEPT``.
  "Payments-api error log lines while the HikariPoolPendingConnections alert was firing" are its production error
  lines inside that alert's span.
- Aggregates: durations in minutes to one decimal (hours when asked); MTTR of production incidents runs from
  ``opened_at`` to ``resolved_at`` of the resolved ones, the median time to resolve of production alerts from start to
  end of the resolved ones, "avg alert duration by service" over resolved alerts; a silence's length "as set" /
  "scheduled" is ``starts_at`` to ``ends_at``, Maria's silence "actually in place" from its start to its expiry or
  end, whichever came first (26.8); a suspect's lag is ``lag_s`` in minutes; percentages are ``round(100.0 * part /
  whole, 1)``: of the 11 March alerts that were critical, of every incident that has an ``incident_warnings`` row, of
  every live production deployment followed by an incident of its service within 60 minutes; "avg # alerts in the 15m
  after each prod deploy" is the mean over every live production deployment of its count, zeros included; "average
  number of alerts per day in February 2025" the mean of the daily counts of days with alerts; per-hour and per-day
  breakdowns are UTC buckets holding a row, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "which
  service", "the single busiest hour", "which alert name ... just the top one" and "which environment" are one row;
  the busiest hour is a UTC hour bucket of that day; "the three longest incidents that have been resolved" are whole
  ``alert_groups`` rows ranked by ``resolved_at - opened_at``; "the five most recent changes" are whole live rows
  up to now, newest first; "Top 3 payments-api log patterns by error count" are ``template, errors`` summed over
  ``log_pattern_counts``.
- Refusals: the service "ledger-sync", the project "fraud-scoring", the person "hkowalski", the environment "perf-lab"
  and the cluster "ap-south-2" are ungrounded (none is anywhere in the store); revenue lost per region, a merchant
  apology e-mail, the SRE hiring plan, configuring the NVDA screen reader and a vendor's phone number are not about
  this data; extending a silence, resolving open incidents, deleting January's silences, acknowledging firing alerts
  and resolving an alert ask to change the data.
"""

CHECKLIST = "2025-03-12T08:05:00Z"
PANEL = "2025-03-12T15:20:00Z"
EMAIL = "2025-03-13T09:40:00Z"
FORWARD = "2025-03-14T11:30:00Z"
READER = "2025-03-17T10:15:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "zt001",
        "filters",
        "Column header: 'Critical alerts - production - 11 Mar'. which rows go under it?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PANEL,
    ),
    (
        "zt002",
        "filters",
        'panel title is "Staging - still firing" (table panel). what rows should it show',
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:20:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 15:20:00+00')""",
        PANEL,
    ),
    (
        "zt003",
        "filters",
        "Sheet 'Post-deploy', column A header reads: 'Prod alerts starting <= 15 min after a deploy of the same"
        " service'. What alerts belong in that column?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PANEL,
    ),
    (
        "zt004",
        "filters",
        "Hi there,\n\nHope your week is going well. I'm putting together notes for our checkout review and I need a"
        " bit of help from the data side. Could you send me every alert that fired on the checkout-web service on"
        " Tuesday 11 March? The full records are fine, I'll trim them myself.\n\nMany thanks,\nTom",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EMAIL,
    ),
    (
        "zt005",
        "filters",
        "Hello,\n\nA quick one for the change report. Since 1 February, which rollbacks have been carried out in"
        " production? I'd like the complete rows if possible.\n\nThanks in advance,\nTom",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 09:40:00+00'""",
        EMAIL,
    ),
    (
        "zt006",
        "filters",
        "Hi team,\n\nBackground first: we have been wondering whether feature flags are behind some of our"
        " incidents. Could you list the incidents that opened within 30 minutes after a flag change on the same"
        " service? All of their columns, please.\n\nBest regards,\nTom",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = g.service AND c.environment = g.environment
                 AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        EMAIL,
    ),
    (
        "zt007",
        "filters",
        "---------- Forwarded message ---------\nFrom: Dana Whitfield\nSubject: payments\n\n> can someone pull"
        " every critical payments-api alert from Tuesday?\n\nfwd from my manager, answer as asked pls",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FORWARD,
    ),
    (
        "zt008",
        "filters",
        'my manager sent me this, pasting it: "What config changes did we push to production this month?"',
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 11:30:00+00'""",
        FORWARD,
    ),
    (
        "zt009",
        "filters",
        "Fwd: (from Dana) \"Which of Tuesday's deploys were followed by a critical alert on the same service within"
        ' an hour?" -- she wants the deploy rows',
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        FORWARD,
    ),
    (
        "zt010",
        "filters",
        "Please list every alert, with all of its columns and one row per alert, for the service named auth-api in"
        " the staging environment. Any date is fine. Thank you.",
        """SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'""",
        READER,
    ),
    (
        "zt011",
        "filters",
        "I use a screen reader, so I will be precise. Please list the early warnings whose sigma value is greater"
        " than 100. I would like every column of each warning. No date limit.",
        """SELECT * FROM warnings WHERE sigma > 100""",
        READER,
    ),
    (
        "zt012",
        "filters",
        "Please list, with every column, the alerts that started while a silence on the same service was in effect."
        " By in effect I mean after the silence started and before it ended or was expired, whichever came first.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        READER,
    ),
    (
        "zt013",
        "filters",
        "[ ] 2. Check what is still firing in prod\n-> which prod alerts are firing right now?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:05:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:05:00+00')""",
        CHECKLIST,
    ),
    (
        "zt014",
        "filters",
        "[ ] 5. Review all changes made to production in the last 24h  <- show me those changes",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp > TIMESTAMPTZ '2025-03-11 08:05:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:05:00+00'""",
        CHECKLIST,
    ),
    (
        "zt015",
        "filters",
        "[ ] 7. Config changes: any prod alert within 15 min after a config change on the same service? (list)",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'config_update' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- time
    (
        "zt016",
        "time",
        "Panel: 'Alerts per hour - 11 Mar (UTC)'. what numbers fill it? hour + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour""",
        PANEL,
    ),
    (
        "zt017",
        "time",
        "Column header: 'Deploys per day, 1-11 Mar (live, all envs)'. give me day and count",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY day ORDER BY deploys DESC, day""",
        PANEL,
    ),
    (
        "zt018",
        "time",
        "Panel title: 'Alerts (any service) in the 30 min after the v2.14.0 prod deploy'. which alerts?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        PANEL,
    ),
    (
        "zt019",
        "time",
        "Good morning,\n\nI was reading the overnight chat and it looked busy. How many alerts did we get yesterday"
        " (Wednesday 12 March) between midnight and 6am UTC? Just the number is fine.\n\nCheers,\nTom",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        EMAIL,
    ),
    (
        "zt020",
        "time",
        "Hi,\n\nFor the trend slide I need the incidents opened per day during the week commencing 3 March"
        " (3-9 March). Day and count would be perfect.\n\nThank you,\nTom",
        """SELECT date_trunc('day', opened_at) AS day, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'
           GROUP BY day ORDER BY incidents DESC, day""",
        EMAIL,
    ),
    (
        "zt021",
        "time",
        "Hello again,\n\nThe postmortem draft says the trouble started with the first critical payments-api alert on"
        " Tuesday. I'd like to know what changed in production in the hour before that alert fired. Could you list"
        " those changes?\n\nKind regards,\nTom",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api' AND severity = 'critical'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api' AND severity = 'critical'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        EMAIL,
    ),
    (
        "zt022",
        "time",
        'forwarding a q from my manager: "how many production deploys went out this week so far?"',
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 11:30:00+00'""",
        FORWARD,
    ),
    (
        "zt023",
        "time",
        "> What was firing at 3pm UTC on Tuesday?\n(that's from Dana, fwd)",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        FORWARD,
    ),
    (
        "zt024",
        "time",
        "Begin forwarded message:\n> Were there early warnings before the PaymentsAPIErrorBudgetBurn incident on"
        " Tuesday? Send me the list.",
        """SELECT w.* FROM incident_warnings w
           JOIN alert_groups g ON g.id = w.group_id
           WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FORWARD,
    ),
    (
        "zt025",
        "time",
        "Please tell me the number of alerts that started on 11 March 2025, counting from 00:00 UTC up to but not"
        " including 00:00 UTC on 12 March. One number only, please.",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        READER,
    ),
    (
        "zt026",
        "time",
        "Please list the deployments that went live on 11 March 2025 between 14:00 and 15:00 UTC. I would like every"
        " column, oldest first.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'
           ORDER BY timestamp""",
        READER,
    ),
    (
        "zt027",
        "time",
        "Please list the log lines at error level or above from the service checkout-web in production, written in"
        " the ten minutes after the payments-api v2.14.0 deployment went live in production. Every column, please.",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        READER,
    ),
    (
        "zt028",
        "time",
        "[ ] 1. Overnight review (18:00-06:00 UTC): what fired overnight?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        CHECKLIST,
    ),
    (
        "zt029",
        "time",
        "[ ] 4. Note the time of the most recent alert (timestamp only)",
        """SELECT max(starts_at) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:05:00+00'""",
        CHECKLIST,
    ),
    (
        "zt030",
        "time",
        "[ ] 6. After the last production deploy yesterday, did anything fire in the next 2 hours? any service, any"
        " env -> list",
        """SELECT * FROM alerts
           WHERE starts_at >= (SELECT max(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND starts_at <= (SELECT max(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') + INTERVAL 2 HOUR""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "zt031",
        "aggregates",
        "Column 'MTTR (min) - prod incidents, resolved only'. one value",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        PANEL,
    ),
    (
        "zt032",
        "aggregates",
        "Panel: 'Avg alert duration by service (min)' -> service + avg, resolved alerts",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved'
           GROUP BY service ORDER BY avg_minutes DESC""",
        PANEL,
    ),
    (
        "zt033",
        "aggregates",
        "Stat panel: 'Avg # alerts in the 15m after each prod deploy (same svc)'. what value",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.starts_at) AS n FROM change_events c
               LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
                    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        PANEL,
    ),
    (
        "zt034",
        "aggregates",
        "Hi,\n\nOur director asked how bad Tuesday really was. Of all the alerts on 11 March, what percentage were"
        " critical? One decimal place is plenty.\n\nThanks,\nTom",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EMAIL,
    ),
    (
        "zt035",
        "aggregates",
        "Hello,\n\nI'm comparing us with another team's numbers. What is the median time to resolve for alerts in"
        " production, in minutes? Only the ones that did resolve, of course.\n\nBest,\nTom",
        """SELECT round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.5) / 60, 1) FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'""",
        EMAIL,
    ),
    (
        "zt036",
        "aggregates",
        "Hi again,\n\nOne more for the review. When a change is named as the suspect for an incident, how long before"
        " the incident did it typically land? I'm after the average lag in minutes across all suspect changes.\n\n"
        "Thanks so much,\nTom",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        EMAIL,
    ),
    (
        "zt037",
        "aggregates",
        "> how many silences has kenji created, in total?\nfwd from the platform lead",
        """SELECT count(*) FROM silences WHERE created_by ILIKE '%kenji%'""",
        FORWARD,
    ),
    (
        "zt038",
        "aggregates",
        "pasting my manager's question verbatim: \"What's the total number of error log lines payments-api wrote on"
        ' Tuesday?"',
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FORWARD,
    ),
    (
        "zt039",
        "aggregates",
        "-----Original Message-----\nFrom: Dana\n> What percent of incidents had an early warning before them?\n"
        "fwd, all incidents ever",
        """SELECT round(100.0 * (SELECT count(DISTINCT group_id) FROM incident_warnings)
                       / (SELECT count(*) FROM alert_groups), 1)""",
        FORWARD,
    ),
    (
        "zt040",
        "aggregates",
        "Please state the length of the longest silence as it was set, from its start to its scheduled end, in hours"
        " to one decimal place. One number.",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences""",
        READER,
    ),
    (
        "zt041",
        "aggregates",
        "Please give the average number of alerts per day in February 2025, counting only days that had at least one"
        " alert, to one decimal place.",
        """SELECT round(avg(n), 1) FROM (
               SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
               GROUP BY day)""",
        READER,
    ),
    (
        "zt042",
        "aggregates",
        "Please tell me, as a percentage to one decimal place, what share of the live production deployments were"
        " followed within 60 minutes by an incident opening on the same service.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alert_groups g
                   WHERE g.service = c.service AND g.environment = c.environment
                     AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        READER,
    ),
    (
        "zt043",
        "aggregates",
        "[ ] 8. Count of yesterday's alerts by severity",
        """SELECT severity, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY severity ORDER BY alerts DESC""",
        CHECKLIST,
    ),
    (
        "zt044",
        "aggregates",
        "[ ] 9. Avg silence length (minutes, as set) for silences created this month",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 08:05:00+00'""",
        CHECKLIST,
    ),
    (
        "zt045",
        "aggregates",
        "[ ] 10. # of payments-api error log lines while the HikariPoolPendingConnections alert was firing",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'payments-api' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:05:00+00'))""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "zt046",
        "top_n",
        "Column header: 'Top 3 services by alert count (all time)'. service | count",
        """SELECT service, count(*) AS alerts FROM alerts
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        PANEL,
    ),
    (
        "zt047",
        "top_n",
        "Bar gauge panel 'Top 2 deployers - March (live deploys)'. who + how many",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:20:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 2""",
        PANEL,
    ),
    (
        "zt048",
        "top_n",
        "Table panel 'Top 3 deployers by deploys followed by an alert (<=15m, same svc)'. what are the rows",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 3""",
        PANEL,
    ),
    (
        "zt049",
        "top_n",
        "Hi,\n\nFor the reliability section I'd like to call out our worst incidents. Could you give me the three"
        " longest incidents that have been resolved (longest first, full rows)?\n\nThanks,\nTom",
        """SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL
           ORDER BY epoch(resolved_at) - epoch(opened_at) DESC LIMIT 3""",
        EMAIL,
    ),
    (
        "zt050",
        "top_n",
        "Hello,\n\nSome context: we want to thank whoever is keeping the error budget healthy. Which service logged"
        " the most error lines on Tuesday 11 March? Just the one service and its count.\n\nBest,\nTom",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 1""",
        EMAIL,
    ),
    (
        "zt051",
        "top_n",
        "Hi team,\n\nWe are trying to see which services are most sensitive to their own releases. Which service had"
        " the most alerts starting within 15 minutes after one of its own deploys? One service, with the count."
        "\n\nRegards,\nTom",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        EMAIL,
    ),
    (
        "zt052",
        "top_n",
        'fwd from Dana: "what are the top 3 payments-api log patterns by error count?"',
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template ORDER BY errors DESC, template LIMIT 3""",
        FORWARD,
    ),
    (
        "zt053",
        "top_n",
        "> Which alert name fired the most in February?\n(forwarded, she wants just the top one)",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        FORWARD,
    ),
    (
        "zt054",
        "top_n",
        "pasting from my manager's email: \"Whose changes were blamed as the suspect for the most incidents? Top"
        ' two people please."',
        """SELECT c.actor, count(*) AS incidents FROM incident_suspects s
           JOIN change_events c ON c.id = s.change_id
           GROUP BY c.actor ORDER BY incidents DESC, c.actor LIMIT 2""",
        FORWARD,
    ),
    (
        "zt055",
        "top_n",
        "Please name the single busiest hour on 11 March 2025, by the number of alerts that started in it, together"
        " with that number.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        READER,
    ),
    (
        "zt056",
        "top_n",
        "Please list the five most recent changes of any type that went live, newest first, with every column.",
        """SELECT * FROM change_events WHERE phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 10:15:00+00'
           ORDER BY timestamp DESC LIMIT 5""",
        READER,
    ),
    (
        "zt057",
        "top_n",
        "Please tell me the two services with the most incidents that had at least one early warning before them."
        " For each, the service name and the number of such incidents.",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        READER,
    ),
    (
        "zt058",
        "top_n",
        "[ ] 11. Noise check: top 2 alert names this week",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:05:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        CHECKLIST,
    ),
    (
        "zt059",
        "top_n",
        "[ ] 12. Which environment had the most alerts in the last 24h?",
        """SELECT environment_canonical, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-11 08:05:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:05:00+00'
           GROUP BY environment_canonical ORDER BY alerts DESC, environment_canonical LIMIT 1""",
        CHECKLIST,
    ),
    (
        "zt060",
        "top_n",
        "[ ] 13. Top 2 services by incidents that had a suspect change",
        """SELECT service, count(*) AS incidents FROM incident_suspects
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zt061",
        "changes",
        "Column header: 'Version live in prod - payments-api'. what goes in the cell",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        PANEL,
    ),
    (
        "zt062",
        "changes",
        "Panel: 'Flag flips by person - March'. person + count",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:20:00+00'
           GROUP BY actor ORDER BY flag_changes DESC, actor""",
        PANEL,
    ),
    (
        "zt063",
        "changes",
        "Table panel 'Prod deploys w/ no alert in the next 15m (same svc)'. which deploys",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PANEL,
    ),
    (
        "zt064",
        "changes",
        "Hi,\n\nI'm updating the access review spreadsheet. Who has rolled anything back in production this year?"
        " Names only, each once.\n\nThank you,\nTom",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 09:40:00+00'""",
        EMAIL,
    ),
    (
        "zt065",
        "changes",
        "Hello,\n\nMarketing asked me what we have released lately. Could you list the releases published since"
        " 1 March?\n\nMany thanks,\nTom",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 09:40:00+00'""",
        EMAIL,
    ),
    (
        "zt066",
        "changes",
        "Hi team,\n\nBackground: the review board wants to see the changes that our tooling pinned incidents on. Which"
        " changes were the suspects of incidents? The change records themselves, please.\n\nBest wishes,\nTom",
        """SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)""",
        EMAIL,
    ),
    (
        "zt067",
        "changes",
        'forwarded: "What did Sade deploy on Tuesday?" (Sade Okafor, the identity team)',
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor IN ('sokafor', 'sade.okafor@acme.io')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FORWARD,
    ),
    (
        "zt068",
        "changes",
        "> which deployments were requested on Tuesday?\n-- fwd from Dana, she means the requested reports",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'requested'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FORWARD,
    ),
    (
        "zt069",
        "changes",
        'Fwd: "Which of Tuesday\'s deploys went out while an incident was open on the same service?"',
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 11:30:00+00') >= c.timestamp)""",
        FORWARD,
    ),
    (
        "zt070",
        "changes",
        "Please list every feature flag change that went live in production in February 2025, with every column.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        READER,
    ),
    (
        "zt071",
        "changes",
        "Please state the number of deployments that went live on 11 March 2025 in each environment. One row per"
        " environment, with the environment name and the number.",
        """SELECT environment, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment ORDER BY deploys DESC""",
        READER,
    ),
    (
        "zt072",
        "changes",
        "Please list the deployments, every column, that had at least one early warning for the same service and"
        " environment starting in the hour after the deployment went live.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = c.service AND w.labels['environment'] = c.environment
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        READER,
    ),
    (
        "zt073",
        "changes",
        "[ ] 14. What changed on payments-api yesterday? (live changes only)",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CHECKLIST,
    ),
    (
        "zt074",
        "changes",
        "[ ] 15. Record who made config changes yesterday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CHECKLIST,
    ),
    (
        "zt075",
        "changes",
        "[ ] 16. For each prod deploy yesterday: service, version, and # of alerts on that service in the next 30 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- silences
    (
        "zt076",
        "silences",
        "Column header 'Silences by author (count)'. author | count",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        PANEL,
    ),
    (
        "zt077",
        "silences",
        'panel title: "Silences expired early" - which ones go in the table',
        """SELECT * FROM silences WHERE expired_early""",
        PANEL,
    ),
    (
        "zt078",
        "silences",
        "Panel 'Silences created during an incident (same service)'. rows?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 15:20:00+00'))""",
        PANEL,
    ),
    (
        "zt079",
        "silences",
        "Hi,\n\nThe search team mentioned they silence things during reindexing. Could you show me the silences whose"
        " comment mentions reindex?\n\nThanks,\nTom",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        EMAIL,
    ),
    (
        "zt080",
        "silences",
        "Hello,\n\nDuring Tuesday's outage Maria put a silence on cart-service and then took it off again. How many"
        " minutes was it actually in place? A single number would be ideal.\n\nKind regards,\nTom",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE created_by ILIKE '%maria%' AND service = 'cart-service'""",
        EMAIL,
    ),
    (
        "zt081",
        "silences",
        "Hi team,\n\nI keep hearing that silences are set up and never actually catch anything. Which silences"
        " actually held back at least one alert, according to Alertmanager itself?\n\nBest,\nTom",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        EMAIL,
    ),
    (
        "zt082",
        "silences",
        'fwd: "who silenced the indexer in March?"',
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 11:30:00+00'""",
        FORWARD,
    ),
    (
        "zt083",
        "silences",
        "> How many silences were created in February?\n(from my manager, fwd)",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        FORWARD,
    ),
    (
        "zt084",
        "silences",
        "---------- Forwarded message ---------\n> Were any cart-service alerts firing while Maria's silence on"
        " cart-service was on? list them",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.created_by ILIKE '%maria%' AND s.service = 'cart-service'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 11:30:00+00') > s.starts_at)""",
        FORWARD,
    ),
    (
        "zt085",
        "silences",
        "Please list, with every column, the silences whose matchers do not pin any environment.",
        """SELECT * FROM silences WHERE environment IS NULL""",
        READER,
    ),
    (
        "zt086",
        "silences",
        "Please give the average scheduled length, in minutes to one decimal place, of the silences created by"
        " Jonas. By scheduled length I mean from the start to the planned end.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_by ILIKE '%jonas%'""",
        READER,
    ),
    (
        "zt087",
        "silences",
        "Please list, with every column, the silences that were in effect at the moment the payments-api v2.14.0"
        " deployment went live in production.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        READER,
    ),
    (
        "zt088",
        "silences",
        "[ ] 17. Check whats muted right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:05:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:05:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:05:00+00')""",
        CHECKLIST,
    ),
    (
        "zt089",
        "silences",
        "[ ] 18. Silences expiring in the next 2 hours - list",
        """SELECT * FROM silences
           WHERE ends_at > TIMESTAMPTZ '2025-03-12 08:05:00+00'
             AND ends_at <= TIMESTAMPTZ '2025-03-12 10:05:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:05:00+00')""",
        CHECKLIST,
    ),
    (
        "zt090",
        "silences",
        "[ ] 19. Silences created within an hour after an alert on the same service",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- joins
    (
        "zt091",
        "joins",
        "Sheet column 'Deploy -> first alert (min)' for the v2.14.0 prod deploy: minutes from the deploy going live"
        " to the first payments-api alert after it",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) FROM alerts
           WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        PANEL,
    ),
    (
        "zt092",
        "joins",
        "Table panel 'Incidents + suspect change' - columns: incident service, alert name, opened at, suspect"
        " version, who made it",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_version, change_actor
           FROM incident_suspects""",
        PANEL,
    ),
    (
        "zt093",
        "joins",
        "Column headers: 'service | version | went live | alerts in next 15m (same svc)' - one row per live prod"
        " deploy, zeros included",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.service, c.details, c.version, c.timestamp""",
        PANEL,
    ),
    (
        "zt094",
        "joins",
        "Hi,\n\nThe anomaly detector is supposed to warn us before things break. Which incidents had no early warning"
        " at all before them? Full incident rows please.\n\nThanks,\nTom",
        """SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings)""",
        EMAIL,
    ),
    (
        "zt095",
        "joins",
        "Hello,\n\nFor the knowledge base I need, for each incident that opened on 11 March and has been resolved,"
        " the service, the alert name, when it opened, what the fix was and who resolved it.\n\nMany thanks,\nTom",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.fix, r.resolved_by
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EMAIL,
    ),
    (
        "zt096",
        "joins",
        "Hi team,\n\nSome background: people keep saying every alert comes from a deploy. Which services alerted in"
        " February but had no deploy at all in February?\n\nBest regards,\nTom",
        """SELECT service FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        EMAIL,
    ),
    (
        "zt097",
        "joins",
        'fwd from Dana: "For each rollback: the service, when it went live, and how many alerts that service had in'
        ' the 15 minutes after."',
        """SELECT c.service, c.timestamp, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'rollback' AND c.phase = 'live'
           GROUP BY c.id, c.service, c.timestamp""",
        FORWARD,
    ),
    (
        "zt098",
        "joins",
        "> Which services got paged within 15 minutes of one of their own deploys?\nforwarded as-is",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c ON c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        FORWARD,
    ),
    (
        "zt099",
        "joins",
        "Begin forwarded message:\n> Which incidents had a silence on the same service in effect at some point while"
        " they were open?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 11:30:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        FORWARD,
    ),
    (
        "zt100",
        "joins",
        "Please list the incidents whose suspect change was a feature flag change. I would like each incident with"
        " its suspect change, every column.",
        """SELECT * FROM incident_suspects WHERE change_type = 'flag_change'""",
        READER,
    ),
    (
        "zt101",
        "joins",
        "Please list the deployments, every column, that went live while an alert on the same service and"
        " environment was firing.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at <= c.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > c.timestamp))""",
        READER,
    ),
    (
        "zt102",
        "joins",
        "Please give me, for each early warning that started on 11 March 2025, its id and the number of alerts on the"
        " same service and environment that started in the 15 minutes after it. Include warnings with zero alerts.",
        """SELECT w.id, count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a ON a.service = w.labels['service']
                AND a.environment_canonical = w.labels['environment']
                AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id""",
        READER,
    ),
    (
        "zt103",
        "joins",
        "[ ] 20. Critical alerts within 30 min after a flag flip on the same svc - list",
        """SELECT * FROM alerts a
           WHERE a.severity = 'critical'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CHECKLIST,
    ),
    (
        "zt104",
        "joins",
        "[ ] 21. Which prod incidents yesterday had a deploy on the same service in the 30 min before they opened?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)""",
        CHECKLIST,
    ),
    (
        "zt105",
        "joins",
        "[ ] 22. Top 3 log patterns before yesterday's PaymentsAPIErrorBudgetBurn incident",
        """SELECT p.* FROM incident_log_patterns p
           JOIN alert_groups g ON g.id = p.group_id
           WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND p.rank <= 3""",
        CHECKLIST,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "zt106",
        "refusals",
        "Column header: 'Alerts - ledger-sync (prod)'. what rows go here?",
        "ungrounded",
        PANEL,
    ),
    (
        "zt107",
        "refusals",
        "Panel title 'Revenue lost per region (EUR) - 11 Mar'. what numbers go in it",
        "not_about_this_data",
        PANEL,
    ),
    (
        "zt108",
        "refusals",
        "Column 'Silence end' says 12 Mar for the token-service silence - change it to Friday 14 Mar please",
        "asks_to_change_data",
        PANEL,
    ),
    (
        "zt109",
        "refusals",
        "Hi,\n\nThe fraud team asked me about their numbers. How many alerts did the fraud-scoring project have in"
        " March?\n\nThanks,\nTom",
        "ungrounded",
        EMAIL,
    ),
    (
        "zt110",
        "refusals",
        "Hello,\n\nCould you draft a short apology email to our merchants about Tuesday's checkout problems? Friendly"
        " tone, three paragraphs.\n\nMany thanks,\nTom",
        "not_about_this_data",
        EMAIL,
    ),
    (
        "zt111",
        "refusals",
        "Hi team,\n\nThe incidents from last week are all dealt with now. Could you please mark every open incident as"
        " resolved so the board looks clean for the review?\n\nBest,\nTom",
        "asks_to_change_data",
        EMAIL,
    ),
    (
        "zt112",
        "refusals",
        'fwd from Dana: "how many deploys did hkowalski do this month?"',
        "ungrounded",
        FORWARD,
    ),
    (
        "zt113",
        "refusals",
        "> what's our hiring plan for the SRE team next quarter?\n(manager asked, fwd)",
        "not_about_this_data",
        FORWARD,
    ),
    (
        "zt114",
        "refusals",
        "---------- Forwarded message ---------\n> please delete all the silences from January, they're clutter",
        "asks_to_change_data",
        FORWARD,
    ),
    (
        "zt115",
        "refusals",
        "Please list every alert, with every column, from the environment named perf-lab, for any date.",
        "ungrounded",
        READER,
    ),
    (
        "zt116",
        "refusals",
        "Please explain how to make my NVDA screen reader announce table column headers when I move between cells.",
        "not_about_this_data",
        READER,
    ),
    (
        "zt117",
        "refusals",
        "Please acknowledge, on my behalf, every alert that is firing at this moment.",
        "asks_to_change_data",
        READER,
    ),
    (
        "zt118",
        "refusals",
        "[ ] 23. Check alerts from cluster ap-south-2 in the last 24h",
        "ungrounded",
        CHECKLIST,
    ),
    (
        "zt119",
        "refusals",
        "[ ] 24. Call the payments vendor's support line - what's their phone number?",
        "not_about_this_data",
        CHECKLIST,
    ),
    (
        "zt120",
        "refusals",
        "[ ] 25. Resolve the SearchReindexQueueBacklog alert once the backlog is gone -> resolve it now",
        "asks_to_change_data",
        CHECKLIST,
    ),
]
