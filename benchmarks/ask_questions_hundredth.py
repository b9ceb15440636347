"""The hundredth ask question set: ids ex001..ex120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases. What the author read:
the brief; the project's design notes (``../shared/DESIGN.md``, whole); ``docs/store.md`` (printed whole; the terminal
cut its middle, which was printed again by line ranges until every table and view had been read); the headings of
``docs/ask.md`` listed with grep to find the "Shapes and joins" section, and that section alone printed by its line
range (the terminal cut its middle, which was printed again in two ranges), taken as the rules for the shape of every
gold answer; the module docstring of ``ask_questions`` (its middle, cut by the terminal, printed again from a scratch
file) and its functions ``_question`` and ``validate``; the module docstrings of the earlier sets, printed with ``ast``
into a scratch file and grepped for cities, organisations, trades and first names (the ninety-sixth's docstring was
read whole for its form; no rows of any other set were opened, and the hundred-and-first set, written at the same time
by another author, was not opened at all); the first ten rows of ``ask_questions_thirtieth`` imported in Python; the
``[tool.ruff]`` settings of ``pyproject.toml``; and the demo store, copied and opened read-only with ``SET TimeZone =
'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11, the day of the payments-api
v2.14.0 outage). The gate ``signalcraft.copilot.sql_guard.safe`` was called on every gold (its signature printed, its
code not opened). Nothing else was read, beyond file names in directory listings of ``benchmarks/``. This set is not
wired into ``ask_questions`` by its author. Each row is ``(id, category, question, gold, now)``; a refusal's gold is
its kind (``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over
the documented tables and views, compared with the answer as a multiset of rows.

Five people ask, all of them new to the team: they do not know the store's words yet and describe what they want in
long-winded, indirect, everyday words, above all when they relate one kind of record to another ("the alerts that came
in right after somebody shipped a new version of that same service", "while that big payments outage was going on, did
anyone put a mute on anything", "which rollouts ended up getting blamed for breaking something", "did the early
heads-up come before the big payments outage", "who put mutes on the thing that rebuilds the search index in the 24
hours before its new version went out"). None of their cities, organisations or first names appears in an earlier
set's docstring (grepped: no Timișoara, Trondheim, Sacramento, Mombasa or Taichung; no e-scooter, aquarium, winery,
tea-auction or machine-tool organisation; no Tiberiu, Solveig, Rosalind, Rehema or Pei-Jung; their zones have been
used before). Earlier sets had an intern, new hires and engineering managers, in other cities and trades. Each asks
three questions in every category (24 each, three of them refusals):

- Tiberiu, an onboarding engineer in his second week on the platform team of an e-scooter sharing company in
  Timișoara (Europe/Bucharest, EET, UTC+2): long, polite and hedging ("sorry if this is a basic one", "if I got the
  onboarding doc right"), naming services by what they do ("the service taking the card payments", "the thing that
  rebuilds the search index", "the login service"); now 10:00 EET on Wednesday 12 March (2025-03-12 08:00 UTC);
- Solveig, a software intern in her third week on the ticketing and membership platform of a public aquarium in
  Trondheim (Europe/Oslo, CET, UTC+1): lowercase chat, "lol", "like", "pls", "ppl", dropped apostrophes, her mentor's
  advice ("the autocomplete service", "the search api thingy", "the profile service"); now 13:30 CET on Wednesday 12
  March (2025-03-12 12:30 UTC);
- Rosalind, an engineering manager who started on Monday at a winery's wine-club and online-shop platform in
  Sacramento (America/Los_Angeles, PDT, UTC-7 since 9 March): a manager's words ("rollouts", "blamed", "the likely
  culprit", "pinned on", "the identity side of the house", "my first staff meeting"); now 09:00 PDT on Wednesday 12
  March (2025-03-12 16:00 UTC);
- Rehema, the customer-support lead of a tea-auction broker's online trading portal in Mombasa (Africa/Nairobi, EAT,
  UTC+3), given read access this week: customers' words ("alarms", "the pay page", "the shopping cart service", "the
  sign-in service", "the checkout side", "mutes", "tickets poured in"); now 09:30 EAT on Wednesday 12 March
  (2025-03-12 06:30 UTC);
- Pei-Jung, a data analyst lent from the finance department of a machine-tool maker in Taichung (Asia/Taipei, CST,
  UTC+8): formal and exact, a spreadsheet's words for the store's ("alarm records", "software installations", "the
  log of people acting on alarms", "muting windows", "early-warning records"), dates written in full; now 11:00 CST on
  Friday 14 March (2025-03-14 03:00 UTC).

41 of the 105 questions that are not refusals relate two kinds of record (alert, change, incident, silence, snooze,
ack, early warning, resolution; a deploy against a rollback is one kind, changes, pay-page alarms against payments
alarms are one kind, alerts, and a silence against the alerts Alertmanager muted under it is not counted either): five
in filters (ex002, ex006, ex008, ex011, ex014), five in time (ex017, ex021, ex024, ex027, ex030), six in aggregates
(ex032, ex036, ex038, ex039, ex042, ex045), five in top_n (ex047, ex051, ex053, ex057, ex060), two in changes (ex068,
ex071), four in silences (ex076, ex078, ex081, ex084) and fourteen of the fifteen joins (all but ex100). No gold
returns an empty result.

Conventions (the shapes of docs/ask.md, and these where a question leaves room):

- Times are UTC and compared as stored; each person's days are UTC days (they say "UTC" with clock times; for every
  question that says "yesterday", "this week" or "today" without it, the person's own day and the UTC day give the
  same rows). "Yesterday" is ``[2025-03-11, 2025-03-12)`` for the four people of 12 March; "this week" is Monday
  2025-03-10 up to now; "this month" and "March 2025 to date" run from 2025-03-01 to now; "this quarter" from
  2025-01-01 to now; "the last two weeks" and "the last seven days" are that long back from now; "the week of 3 March
  2025 (Monday to Sunday)" is ``[2025-03-03, 2025-03-10)``; "1 to 28 February 2025 inclusive" and "February 2025" are
  ``[2025-02-01, 2025-03-01)``; "between 10pm and 6am last night (utc)" is ``[2025-03-11 22:00, 2025-03-12 06:00)``;
  "quarter to three yesterday afternoon" is 2025-03-11 14:45. A thing is in a window by its own time (an alert's
  ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a warning's
  ``starts_at``); alarms "going off at some point" in a span started before its end and had not ended by its start;
  "firing at a moment" is ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``.
- The indirect names: "the service taking the card payments", "the payments service", "the payments people's new
  version" are payments-api; "the pay page" and "the checkout website" checkout-web; "the shopping cart service" /
  "the cart alarms" cart-service; "the login service" / "the sign-in service" auth-api; "the profile service"
  user-profile; "the thing (component) that rebuilds the search index" indexer; "the search backend, the API one",
  "the search API", "the search api thingy" search-api; "the autocomplete service (the search suggestions one)"
  query-suggest; "the checkout side", "the search side" and "the identity side of the house" / "the identity services"
  / "the identity area" the projects checkout, search and identity (a part of a side is one of its services); "the test
  environment" staging; "the big payments outage" the critical PaymentsAPIErrorBudgetBurn incident of payments-api
  opened 2025-03-11 14:42:48 and resolved 15:18:37; "the first critical payments alert yesterday" that incident's
  first alert; "the search API's new version in production yesterday afternoon" search-api's live production
  deployment of 2025-03-11 14:24:21; "the payments rollback" / "it being rolled back" payments-api's live production
  rollback of 2025-03-11 14:56:37; "kenji" kenji.tanaka@acme.io; "the flappy latency alerts in staging" the staging
  HighLatencyP99 alerts.
- Alerts, "alarms" and "alarm records" are the ``alerts`` view's rows (every column for a list); incidents are
  ``alert_groups``' rows; silences, "mutes", "muting windows scheduled in Alertmanager" and "silence records" are the
  ``silences`` view's rows; snoozes and acks (acknowledgements) are ``audit_log`` rows of those actions; early
  warnings, "early heads-ups" and "early-warning records" are ``warnings``' rows, and before an incident
  ``incident_warnings``' (``lead_min`` as stored). Changes are their ``phase = 'live'`` reports: "shipping / pushing /
  rolling out a new version", "rollouts", "deploys" and "software installations" are ``type = 'deployment'`` (auth-api
  v4.2.1 in production, reported by two tools, is two rows); "rolled back" rollbacks; "changed a setting (config, not
  code)" and "settings changes" ``config_update``; "flipped / switched a feature toggle" ``flag_change``; "published a
  release (the GitHub kind)" ``release``; "a change" / "what changed" any type, scale events included; "the Argo CD
  integration" the source ``argocd``. A version is ``coalesce(details['ref'], version)``; the version running now is
  that of the last live deployment or rollback. "Blamed", "the likely culprit", "pinned on", "suspected change" are
  ``incident_suspects``; "whose changes were blamed for the most incidents" counts distinct incidents per
  ``change_actor``. Automation accounts (``argocd (automated)``) are people where a question asks "who".
- Relations keep the first kind named and meet the other on service and environment: a change's ``environment``
  against an alert's ``environment_canonical`` or an incident's ``environment``; a warning by its ``service`` and
  ``environment`` labels; a silence by its ``service`` and, when it pins one, its ``environment_canonical`` (one that
  pins no environment covers every environment; one that pins no service meets nothing). "Within N minutes after" a
  thing at ``t`` is ``[t, t + N]``, "in the N minutes before" ``[t - N, t]``, both ends included; N is as said, else
  15 minutes between changes and alerts or incidents, 60 between silences and incidents. "Anything, on any service",
  "anywhere" and "whatever the service" share no scope with the event. Changes before the pay page's first alarm are
  those of the checkout side in its environment (production). "Between the new version going live and it being rolled
  back" is ``[14:31:22, 14:56:37]`` on 2025-03-11. A silence "put on while the outage was going on" was created inside
  the incident's span; alerts "going off while somebody had a silence on that same service" share a moment with the
  silence's real span (``starts_at`` until the earlier of ``ends_at`` and ``expired_at``; an alert still firing runs to
  now). A snooze "while the alerts were going off" came inside the span of one of them. An ack names its alert by its
  ``alertname`` and ``service`` equality matchers and pairs with an alert it came in while that alert was on (an alert
  that never ended is still on, so the February ack of query-suggest's KubePodNotReady also pairs with the January alert
  of that name and service that never ended); "how many alarms got acknowledged while still going off" counts alerts.
  "For each ... (zeros too)" is one row per thing with a ``LEFT JOIN`` count, 0 where none met.
- Silences: "set up for longer than an hour" is the scheduled length from ``starts_at`` to ``ends_at`` as the latest
  version says (the cart-service silence, expired early, ends at its expiry); "actually in place" is the real span in
  hours to one decimal; "ended early by hand" is ``expired_early``; "muted right now" is in effect at now; "set to run
  out later today" ends after now and before midnight UTC, not expired; "held back at least one alarm" is named in an
  ``alert_mutes`` row's ``silenced_by``; "the whole identity area in one go" is a silence whose matchers pin the
  project.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  incidents from ``opened_at`` to ``resolved_at`` of the resolved ones, silences from ``starts_at`` to ``ends_at``);
  a suspect's lag is ``lag_s / 60``; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question
  selects; "incidents a day this week, on average" is the mean of the UTC daily counts of days that had one; "alarm
  records per incident" is the mean ``alert_count``; a time between two events is minutes to one decimal; a single
  "what time" / "just the timestamp" is the time alone.
- Top-N answers are ``value, count`` (or ``value, measure``) most first, ties by the value; no N asked is crossed by a
  tie. "Which service's incidents got the most early heads-ups" counts incident-warning pairs per incident service.
- Refusals: the service "fleet-telemetry", the person "ingrid", the team "mobile-app", the cluster "af-south-1" and the
  environment "preprod" are ungrounded; silences versus inhibition in general, a book on Kubernetes, structuring an
  on-call rotation, the value of failed card payments and server depreciation are not about this data; muting the
  indexer for tonight, deleting staging alerts, marking the checkout incident resolved, reopening the pay page incident
  and inserting a resolution ask to change the data.
"""

NOW_T = "2025-03-12T08:00:00Z"  # Tiberiu, 10:00 EET Wednesday 12 March
NOW_S = "2025-03-12T12:30:00Z"  # Solveig, 13:30 CET Wednesday 12 March
NOW_R = "2025-03-12T16:00:00Z"  # Rosalind, 09:00 PDT Wednesday 12 March
NOW_H = "2025-03-12T06:30:00Z"  # Rehema, 09:30 EAT Wednesday 12 March
NOW_P = "2025-03-14T03:00:00Z"  # Pei-Jung, 11:00 CST Friday 14 March

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    (
        "ex001",
        "filters",
        "Sorry if this is a basic one, I'm in my second week and still learning which service does what: could you "
        "show me the alerts that the service taking the card payments raised in production yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_T,
    ),
    (
        "ex002",
        "filters",
        "I'm trying to understand how settings changes and alerts hang together here. Which alerts started within "
        "a quarter of an hour after somebody changed a setting (config, not code) on that very same service?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'config_update' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_T,
    ),
    (
        "ex003",
        "filters",
        "If I got the onboarding doc right, the login service is the one called auth-something. Which of its alerts "
        "are still going off as I'm writing this?",
        """SELECT * FROM alerts
           WHERE service = 'auth-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        NOW_T,
    ),
    (
        "ex004",
        "filters",
        "ok so my mentor told me to look at everything that ever went off on the autocomplete service in staging "
        "(the search suggestions one). what've we got",
        """SELECT * FROM alerts
           WHERE service = 'query-suggest' AND environment_canonical = 'staging'""",
        NOW_S,
    ),
    (
        "ex005",
        "filters",
        "which deploys went out to the search backend in prod this month? not the indexer one, the api one lol",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'search-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        NOW_S,
    ),
    (
        "ex006",
        "filters",
        "were there any incidents in prod that opened like right after somebody flipped a feature toggle on the "
        "same service? right after = within 15 min i guess",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_S,
    ),
    (
        "ex007",
        "filters",
        "I'm three days into the job and trying to get a feel for how often we have to back out of things. Can you "
        "pull up every time we rolled a production service back to an earlier version since the start of February?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'""",
        NOW_R,
    ),
    (
        "ex008",
        "filters",
        "Of everything we've rolled out to production, which rollouts ended up getting blamed for breaking something?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        NOW_R,
    ),
    (
        "ex009",
        "filters",
        "Show me the incidents on the identity side of the house that are still open right now in production, please.",
        """SELECT * FROM alert_groups
           WHERE project = 'identity' AND environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 16:00:00+00')""",
        NOW_R,
    ),
    (
        "ex010",
        "filters",
        "I only just got access to this, and a merchant wants to know what went wrong for them yesterday afternoon. "
        "Could you list the critical alarms that started on the checkout side between 2pm and 4pm UTC yesterday?",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        NOW_H,
    ),
    (
        "ex011",
        "filters",
        "Customers were writing in about the pay page. Which alarms on the pay page started in the half hour after "
        "the payments people pushed their new version to production yesterday?",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_H,
    ),
    (
        "ex012",
        "filters",
        "Our QA folks said signing in on the test environment kept wobbling yesterday. What warning-level alarms did "
        "the sign-in service raise there yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_H,
    ),
    (
        "ex013",
        "filters",
        "I come from the finance department and I am not used to your naming yet. From the table of alarms, please "
        "give me every record with a severity of 'error' or above, from 1 March 2025 until today.",
        """SELECT * FROM alerts
           WHERE severity IN ('error', 'critical')
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 03:00:00+00'""",
        NOW_P,
    ),
    (
        "ex014",
        "filters",
        "Please list the records of software installations (the kind where a new version goes live) in the production "
        "environment that were followed by an alarm on the same service within 15 minutes.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_P,
    ),
    (
        "ex015",
        "filters",
        "From the log of people acting on alarms, please give me the acknowledgement records made by "
        "sade.okafor@acme.io.",
        """SELECT * FROM audit_log
           WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- time
    (
        "ex016",
        "time",
        "If I'm reading the timestamps right, the big fire was yesterday afternoon. What was going off at quarter to "
        "three yesterday afternoon, UTC?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        NOW_T,
    ),
    (
        "ex017",
        "time",
        "I noticed the search API also got a new version in production yesterday afternoon. Which alerts started "
        "anywhere, on any service, in the 20 minutes after that went out?",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:24:21+00'
                               AND TIMESTAMPTZ '2025-03-11 14:24:21+00' + INTERVAL 20 MINUTE""",
        NOW_T,
    ),
    (
        "ex018",
        "time",
        "Since the start of this week (Monday, UTC), which alerts has the component that rebuilds the search index "
        "raised? I was told it's a noisy one.",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        NOW_T,
    ),
    (
        "ex019",
        "time",
        "what alerts popped between like 10pm and 6am last night (utc, our dashboards are all utc)? i wasnt on call "
        "obviously but im curious",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOW_S,
    ),
    (
        "ex020",
        "time",
        "when did the most recent alert on the profile service kick off? just the time pls",
        """SELECT max(starts_at) AS latest_start FROM alerts WHERE service = 'user-profile'""",
        NOW_S,
    ),
    (
        "ex021",
        "time",
        "my mentor says always check what shipped first lol. was anything deployed anywhere in the 30 min before the "
        "first critical payments alert yesterday?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        NOW_S,
    ),
    (
        "ex022",
        "time",
        "For my first staff meeting I'd like to know what happened overnight. Which incidents opened between 8pm "
        "yesterday and 8am this morning, UTC?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        NOW_R,
    ),
    (
        "ex023",
        "time",
        "At what time did the most recent production deployment of the payments service go live? Just the timestamp.",
        """SELECT max(timestamp) AS went_live FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'""",
        NOW_R,
    ),
    (
        "ex024",
        "time",
        "Were any incidents opened on the checkout side between the payments service's new version going live in "
        "production yesterday and the moment it was rolled back?",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        NOW_R,
    ),
    (
        "ex025",
        "time",
        "Between 2:30 and 3:30 yesterday afternoon UTC, when the tickets poured in, which alarms on the checkout side "
        "were going off at some point?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        NOW_H,
    ),
    (
        "ex026",
        "time",
        "A customer says signing in failed for them at 9:20 yesterday morning (UTC). What was firing on the sign-in "
        "service at that moment?",
        """SELECT * FROM alerts
           WHERE service = 'auth-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 09:20:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 09:20:00+00')""",
        NOW_H,
    ),
    (
        "ex027",
        "time",
        "How many minutes passed between the first alarm on the pay page yesterday and the moment the payments "
        "rollback went live?",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00') - epoch(min(starts_at))) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_H,
    ),
    (
        "ex028",
        "time",
        "Please provide the alarm records whose start time falls in the week of 3 March 2025 (Monday to Sunday, UTC).",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        NOW_P,
    ),
    (
        "ex029",
        "time",
        "For the period 1 to 28 February 2025 inclusive, list the records of configuration or feature-toggle "
        "modifications, not software installations.",
        """SELECT * FROM change_events
           WHERE type IN ('config_update', 'flag_change') AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_P,
    ),
    (
        "ex030",
        "time",
        "Which early-warning records of the payments service itself began in the 15 minutes after version v2.14.0 of "
        "that service was installed in production?",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'payments-api' AND labels['environment'] = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "ex031",
        "aggregates",
        "Roughly how long does it take us to sort out an incident on the search side? I mean the average from when it "
        "opens to when it's closed, in minutes.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE project = 'search' AND resolved_at IS NOT NULL""",
        NOW_T,
    ),
    (
        "ex032",
        "aggregates",
        "How many alerts came in within 15 minutes after somebody shipped a new version of that same service? Just "
        "the number, I want to compare it with what my last company had.",
        """SELECT count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_T,
    ),
    (
        "ex033",
        "aggregates",
        "Out of all the alerts we have on record, what percentage came from the staging environment?",
        """SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'staging') / count(*), 1) AS pct
           FROM alerts""",
        NOW_T,
    ),
    (
        "ex034",
        "aggregates",
        "on average how long do the snoozes ppl put on last? in minutes",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log WHERE action = 'snooze'""",
        NOW_S,
    ),
    (
        "ex035",
        "aggregates",
        "how many incidents a day have we been getting this week, on average? (days in utc)",
        """SELECT round(avg(n), 1) AS avg_per_day FROM (
               SELECT time_bucket(INTERVAL 1 DAY, opened_at) AS d, count(*) AS n
               FROM alert_groups
               WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND opened_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
               GROUP BY d)""",
        NOW_S,
    ),
    (
        "ex036",
        "aggregates",
        "for each deploy to prod yesterday, how many alerts fired on that same service in the 15 min after it? "
        "zeros too pls",
        """SELECT c.id, c.service, c.timestamp, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.timestamp""",
        NOW_S,
    ),
    (
        "ex037",
        "aggregates",
        "What's our median time to restore for critical incidents, open to resolved, in minutes?",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes
           FROM alert_groups
           WHERE max_severity = 'critical' AND resolved_at IS NOT NULL""",
        NOW_R,
    ),
    (
        "ex038",
        "aggregates",
        "What percentage of our incidents had one of our own changes pinned on them as the likely cause?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                  AS pct
           FROM alert_groups""",
        NOW_R,
    ),
    (
        "ex039",
        "aggregates",
        "On average, how many minutes before an incident did the change we ended up blaming for it land?",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects""",
        NOW_R,
    ),
    (
        "ex040",
        "aggregates",
        "How many alarms went off on the checkout side yesterday, all together?",
        """SELECT count(*) AS alarms FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_H,
    ),
    (
        "ex041",
        "aggregates",
        "On average, how many minutes did the pay page alarms last before they cleared?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE service = 'checkout-web' AND status = 'resolved'""",
        NOW_H,
    ),
    (
        "ex042",
        "aggregates",
        "How many alarms got acknowledged by someone while they were still going off?",
        """SELECT count(*) AS alarms FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM audit_log k
               WHERE k.action = 'ack'
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                   'alertname=' || a.name)
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                   'service=' || a.service)
                 AND k.timestamp >= a.starts_at
                 AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        NOW_H,
    ),
    (
        "ex043",
        "aggregates",
        "What is the average number of alarm records per incident, to one decimal?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups""",
        NOW_P,
    ),
    (
        "ex044",
        "aggregates",
        "What is the standard deviation, in minutes, of the length of the muting windows people scheduled in "
        "Alertmanager (from start to planned end)?",
        """SELECT round(stddev_samp(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS stddev_minutes FROM silences""",
        NOW_P,
    ),
    (
        "ex045",
        "aggregates",
        "Of all software installations that went live, in any environment, what percentage was followed by an alarm "
        "on the same service within 30 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = d.service AND a.environment_canonical = d.environment
                        AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)) / count(*), 1)
                  AS pct
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "ex046",
        "top_n",
        "Which three services have been the loudest overall, going by the number of alerts?",
        """SELECT service, count(*) AS alerts FROM alerts
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NOW_T,
    ),
    (
        "ex047",
        "top_n",
        "Out of everybody who pushes changes here, whose changes ended up blamed for the most incidents? Just the one "
        "person, please.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        NOW_T,
    ),
    (
        "ex048",
        "top_n",
        "Is there an hour of the day (UTC) when things tend to break the most? Which hour has seen the most alerts "
        "start, across everything?",
        """SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        NOW_T,
    ),
    (
        "ex049",
        "top_n",
        "top 2 ppl who mute stuff the most? the proper alertmanager silences i mean, not the snoozes",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2""",
        NOW_S,
    ),
    (
        "ex050",
        "top_n",
        "which alert goes off the most on the search api thingy in staging? just the name and how many",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        NOW_S,
    ),
    (
        "ex051",
        "top_n",
        "which service got the most alerts in the 15 min after its own deploys?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        NOW_S,
    ),
    (
        "ex052",
        "top_n",
        "Which two projects generated the most incidents this week?",
        """SELECT project, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
           GROUP BY project ORDER BY incidents DESC, project LIMIT 2""",
        NOW_R,
    ),
    (
        "ex053",
        "top_n",
        "Across the team, which kind of change most often turns out to be the likely culprit behind an incident?",
        """SELECT change_type, count(*) AS incidents FROM incident_suspects
           GROUP BY change_type ORDER BY incidents DESC, change_type LIMIT 1""",
        NOW_R,
    ),
    (
        "ex054",
        "top_n",
        "Which three services take the longest, on average, for their alerts to clear up? Minutes, please.",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved'
           GROUP BY service ORDER BY avg_minutes DESC, service LIMIT 3""",
        NOW_R,
    ),
    (
        "ex055",
        "top_n",
        "Which part of the checkout side raised the most alarms yesterday? Just the top one.",
        """SELECT service, count(*) AS alarms FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alarms DESC, service LIMIT 1""",
        NOW_H,
    ),
    (
        "ex056",
        "top_n",
        "Who has acknowledged the most alarms overall? The top two people, please.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 2""",
        NOW_H,
    ),
    (
        "ex057",
        "top_n",
        "Those automatic early heads-ups the system sends before an incident: which service's incidents got the most "
        "of them, counting every heads-up before every incident?",
        """SELECT service, count(*) AS warnings FROM incident_warnings
           GROUP BY service ORDER BY warnings DESC, service LIMIT 1""",
        NOW_H,
    ),
    (
        "ex058",
        "top_n",
        "Which 2 calendar days (UTC) had the highest number of alarm records, and how many on each?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alarms FROM alerts
           GROUP BY day ORDER BY alarms DESC, day LIMIT 2""",
        NOW_P,
    ),
    (
        "ex059",
        "top_n",
        "Which person switched feature toggles on or off the most often? One name with the count.",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor ORDER BY flag_changes DESC, actor LIMIT 1""",
        NOW_P,
    ),
    (
        "ex060",
        "top_n",
        "Which two services had the most incidents that were preceded by an early-warning record?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- changes
    (
        "ex061",
        "changes",
        "Which version of the login service is actually running in production right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_T,
    ),
    (
        "ex062",
        "changes",
        "Who has been flipping feature toggles on the search backend, the API one?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND service = 'search-api'""",
        NOW_T,
    ),
    (
        "ex063",
        "changes",
        "Which production deploys were followed, within the hour, by somebody rolling that same service back?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_T,
    ),
    (
        "ex064",
        "changes",
        "what settings got changed anywhere yesterday? like config stuff, not code",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_S,
    ),
    (
        "ex065",
        "changes",
        "which versions of the checkout website went out to staging? each one once pls",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'staging'""",
        NOW_S,
    ),
    (
        "ex066",
        "changes",
        "the new checkout flow toggle, who flipped it and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%new checkout flow%'""",
        NOW_S,
    ),
    (
        "ex067",
        "changes",
        "How many times have we had to roll something back in production this quarter?",
        """SELECT count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'""",
        NOW_R,
    ),
    (
        "ex068",
        "changes",
        "Which services shipped a new version to production yesterday without a single alert on them in the hour "
        "afterwards?",
        """SELECT DISTINCT d.service FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_R,
    ),
    (
        "ex069",
        "changes",
        "Who on the team has published a release (the GitHub kind) in the last seven days?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-05 16:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'""",
        NOW_R,
    ),
    (
        "ex070",
        "changes",
        "When was the last time a new version of the shopping cart service went out to production, and which version "
        "was it?",
        """SELECT timestamp, coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'cart-service' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_H,
    ),
    (
        "ex071",
        "changes",
        "The pay page broke yesterday afternoon. What changed on the checkout side in the half hour before its first "
        "alarm?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        NOW_H,
    ),
    (
        "ex072",
        "changes",
        "Which new versions of the payments service were deployed to production since the start of February, not "
        "counting rollbacks?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        NOW_H,
    ),
    (
        "ex073",
        "changes",
        "Please give me the number of software installations that went live, per environment, for March 2025 to date.",
        """SELECT environment, count(*) AS deployments FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 03:00:00+00'
           GROUP BY environment ORDER BY deployments DESC, environment""",
        NOW_P,
    ),
    (
        "ex074",
        "changes",
        "Which change records came in from the Argo CD integration (the GitOps syncs) during February 2025?",
        """SELECT * FROM change_events
           WHERE source = 'argocd' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_P,
    ),
    (
        "ex075",
        "changes",
        "How many minutes did the 11 March rollback of the payments service take, from being requested to going live?",
        """SELECT round((epoch(max(timestamp) FILTER (WHERE phase = 'live'))
                        - epoch(min(timestamp) FILTER (WHERE phase = 'requested'))) / 60, 1) AS minutes
           FROM change_events
           WHERE type = 'rollback' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- silences
    (
        "ex076",
        "silences",
        "Who put mutes on the thing that rebuilds the search index in the 24 hours before its new version went out "
        "to production yesterday?",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND (environment_canonical IS NULL OR environment_canonical = 'production')
             AND created_at BETWEEN TIMESTAMPTZ '2025-03-11 10:18:48+00' - INTERVAL 24 HOUR
                                AND TIMESTAMPTZ '2025-03-11 10:18:48+00'""",
        NOW_T,
    ),
    (
        "ex077",
        "silences",
        "Has anybody ever muted the whole identity area in one go, rather than a single service? Which mutes were "
        "those?",
        """SELECT * FROM silences WHERE project = 'identity'""",
        NOW_T,
    ),
    (
        "ex078",
        "silences",
        "While that big payments outage on 11 March was going on, did anyone put a mute on anything, whatever the "
        "service?",
        """SELECT * FROM silences
           WHERE created_at BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
                                AND TIMESTAMPTZ '2025-03-11 15:18:37.164554+00'""",
        NOW_T,
    ),
    (
        "ex079",
        "silences",
        "which silences did ppl end early by hand instead of letting them run out?",
        """SELECT * FROM silences WHERE expired_early""",
        NOW_S,
    ),
    (
        "ex080",
        "silences",
        "how many snoozes has kenji done in total lol",
        """SELECT count(*) AS snoozes FROM audit_log WHERE action = 'snooze' AND actor = 'kenji.tanaka@acme.io'""",
        NOW_S,
    ),
    (
        "ex081",
        "silences",
        "was anybody hitting snooze on those flappy latency alerts in staging while they were actually going off? who?",
        """SELECT DISTINCT k.actor FROM audit_log k
           WHERE k.action = 'snooze'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HighLatencyP99' AND a.environment_canonical = 'staging'
                   AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        NOW_S,
    ),
    (
        "ex082",
        "silences",
        "Which silences did people set up for longer than an hour over the last two weeks?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-26 16:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
             AND epoch(ends_at) - epoch(starts_at) > 3600""",
        NOW_R,
    ),
    (
        "ex083",
        "silences",
        "How many hours in total has each person kept alerts silenced, going by how long their silences were actually "
        "in place?",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           GROUP BY created_by ORDER BY hours DESC, created_by""",
        NOW_R,
    ),
    (
        "ex084",
        "silences",
        "Did anyone create a silence within an hour after an incident opened on the same service? Show me those "
        "silences.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at BETWEEN g.opened_at AND g.opened_at + INTERVAL 60 MINUTE)""",
        NOW_R,
    ),
    (
        "ex085",
        "silences",
        "Is anything muted right now, anywhere?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:30:00+00')""",
        NOW_H,
    ),
    (
        "ex086",
        "silences",
        "Who put the mute on the shopping cart alarms during the outage, and who took it off again?",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        NOW_H,
    ),
    (
        "ex087",
        "silences",
        "Which mutes are set to run out later today?",
        """SELECT * FROM silences
           WHERE ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:30:00+00')""",
        NOW_H,
    ),
    (
        "ex088",
        "silences",
        "Please count the silence records (one per silence) per calendar month of creation, UTC.",
        """SELECT date_trunc('month', created_at) AS month, count(*) AS silences FROM silences
           GROUP BY month ORDER BY silences DESC, month""",
        NOW_P,
    ),
    (
        "ex089",
        "silences",
        "Which silences actually held back at least one alarm, according to Alertmanager's own record of what it "
        "muted?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NOW_P,
    ),
    (
        "ex090",
        "silences",
        "For each silence created in March 2025, how many alarms did Alertmanager hold back under it? Include zeros.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 03:00:00+00'
           GROUP BY s.silence_id""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- joins
    (
        "ex091",
        "joins",
        "The alerts that came in right after somebody shipped a new version of that same service, say within 10 "
        "minutes: could I get the alert name, the service, when the alert started and the version that had shipped?",
        """SELECT a.name, a.service, a.starts_at, coalesce(c.details['ref'], c.version) AS version
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE""",
        NOW_T,
    ),
    (
        "ex092",
        "joins",
        "Which incidents on the search side opened without any change to that same service in the 30 minutes before?",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'search'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live' AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)""",
        NOW_T,
    ),
    (
        "ex093",
        "joins",
        "Did the early heads-up come before the big payments outage on 11 March? For each early warning before it, "
        "its summary and how many minutes ahead of the outage it started.",
        """SELECT summary, lead_min FROM incident_warnings
           WHERE group_id IN (
               SELECT id FROM alert_groups
               WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                 AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_T,
    ),
    (
        "ex094",
        "joins",
        "which alerts were going off while somebody had a silence on that same service? overlapping at some point is "
        "enough",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 12:30:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        NOW_S,
    ),
    (
        "ex095",
        "joins",
        "for every rollback, how many alerts fired on that service in the hour before it? zeros too",
        """SELECT r.id, r.service, r.timestamp, count(a.starts_at) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live'
           GROUP BY r.id, r.service, r.timestamp""",
        NOW_S,
    ),
    (
        "ex096",
        "joins",
        "who deployed stuff right before an alert fired on the thing they deployed? like within 15 min before",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_S,
    ),
    (
        "ex097",
        "joins",
        "Which incidents were blamed on a change to a different service than the one that actually broke?",
        """SELECT * FROM incident_suspects WHERE change_service <> service""",
        NOW_R,
    ),
    (
        "ex098",
        "joins",
        "How many of our production rollouts went out without any alert on that service in the following half hour?",
        """SELECT count(*) AS rollouts FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_R,
    ),
    (
        "ex099",
        "joins",
        "For the incidents on the identity services that have a written resolution, who closed each one and what did "
        "they say fixed it?",
        """SELECT g.id, r.resolved_by, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.project = 'identity'""",
        NOW_R,
    ),
    (
        "ex100",
        "joins",
        "Which pay page alarms started within 15 minutes after an alarm on the payments service?",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical
                   AND a.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 15 MINUTE)""",
        NOW_H,
    ),
    (
        "ex101",
        "joins",
        "Which incidents on the checkout side had no early warning at all before them?",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        NOW_H,
    ),
    (
        "ex102",
        "joins",
        "Did anyone acknowledge the payments service alarms while they were still ringing? The alarm name, when it "
        "started and who acknowledged it.",
        """SELECT a.name, a.starts_at, k.actor
           FROM alerts a
           JOIN audit_log k
             ON k.action = 'ack'
            AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                              'alertname=' || a.name)
            AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                              'service=' || a.service)
            AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR k.timestamp < a.ends_at)
           WHERE a.service = 'payments-api'""",
        NOW_H,
    ),
    (
        "ex103",
        "joins",
        "For each software installation that went live in production in March 2025, the number of incidents on the "
        "same service opened within 60 minutes after it, zeros included.",
        """SELECT d.id, d.service, d.timestamp, count(g.id) AS incidents
           FROM change_events d
           LEFT JOIN alert_groups g
             ON g.service = d.service AND g.environment = d.environment
            AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 03:00:00+00'
           GROUP BY d.id, d.service, d.timestamp""",
        NOW_P,
    ),
    (
        "ex104",
        "joins",
        "Please list the pairs of feature-toggle modification and alarm where the alarm, on the same service, started "
        "within 30 minutes after the modification: the toggle summary, who modified it, the alarm name and the alarm "
        "start time.",
        """SELECT c.summary, c.actor, a.name, a.starts_at
           FROM change_events c
           JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'flag_change' AND c.phase = 'live'""",
        NOW_P,
    ),
    (
        "ex105",
        "joins",
        "How many incidents had neither an early-warning record before them nor a suspected change?",
        """SELECT count(*) AS incidents FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        NOW_P,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "ex106",
        "refusals",
        "Could you please mute the indexer alerts for tonight's reindex? I'd rather not get paged in my first weeks.",
        "asks_to_change_data",
        NOW_T,
    ),
    (
        "ex107",
        "refusals",
        "Generally speaking, what's the difference between a silence and an inhibition rule, and which is considered "
        "better practice?",
        "not_about_this_data",
        NOW_T,
    ),
    (
        "ex108",
        "refusals",
        "Which alerts did the fleet-telemetry service raise last week? I think that's the one tracking the scooters.",
        "ungrounded",
        NOW_T,
    ),
    (
        "ex109",
        "refusals",
        "can u delete the old staging alerts so the board looks cleaner for my intern demo lol",
        "asks_to_change_data",
        NOW_S,
    ),
    (
        "ex110",
        "refusals",
        "what did ingrid silence this week? she's my mentor",
        "ungrounded",
        NOW_S,
    ),
    (
        "ex111",
        "refusals",
        "whats a good book to learn kubernetes from? asking for my internship report",
        "not_about_this_data",
        NOW_S,
    ),
    (
        "ex112",
        "refusals",
        "Which alerts belong to the mobile-app team this month?",
        "ungrounded",
        NOW_R,
    ),
    (
        "ex113",
        "refusals",
        "How should I structure the on-call rotation for a team of six engineers?",
        "not_about_this_data",
        NOW_R,
    ),
    (
        "ex114",
        "refusals",
        "Mark yesterday's checkout incident as resolved and assign the follow-up to me.",
        "asks_to_change_data",
        NOW_R,
    ),
    (
        "ex115",
        "refusals",
        "What was the total value of the card payments that failed during yesterday's outage, in dollars?",
        "not_about_this_data",
        NOW_H,
    ),
    (
        "ex116",
        "refusals",
        "Please reopen the pay page incident so the customer can see we're still on it.",
        "asks_to_change_data",
        NOW_H,
    ),
    (
        "ex117",
        "refusals",
        "Show me the alarms from the af-south-1 cluster yesterday, that's where our African customers are served.",
        "ungrounded",
        NOW_H,
    ),
    (
        "ex118",
        "refusals",
        "How is the depreciation of the servers calculated in our accounts?",
        "not_about_this_data",
        NOW_P,
    ),
    (
        "ex119",
        "refusals",
        "Please show the alarm records for the pre-production environment named 'preprod'.",
        "ungrounded",
        NOW_P,
    ),
    (
        "ex120",
        "refusals",
        "Please insert a resolution record for the pay page incident stating that it was fixed by the rollback.",
        "asks_to_change_data",
        NOW_P,
    ),
]
