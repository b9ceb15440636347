"""The seventieth ask question set: ids az001..az120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor any earlier set's
rows (beyond the first ten rows of ``ask_questions_thirtieth``), at the same time as another outside author wrote the
seventy-first set (not read: neither its rows nor its docstring). What the author read was the brief; the project's
design notes (the shared DESIGN.md, its first forty lines only, with its line count and those of docs/store.md and
docs/ask.md); docs/store.md (printed whole, its middle, cut off by the terminal, printed again by line range); the
"Shapes and joins" section of docs/ask.md printed alone (its line range found by listing the headings with grep, the
section printed by that range and its middle, cut off by the terminal, printed again), taken as the rules for the
shape of every gold answer; the beginning of ``ask_questions``' module docstring (its first 120 non-blank lines, all
of them docstring; this set is not wired in by its author); the module docstrings of the earlier sets (the first 900
characters of each printed once to the terminal, then each printed whole with ``ast`` into a scratch file and grepped
for roles, cities and languages; the forty-ninth's read whole and its "Conventions" list followed where a question
leaves room); the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format); and the
demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC,
the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of
the project root, the shared folder and the folder the brief came from. Each row is ``(id, category, question, gold,
now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question
names a service, person, environment or cluster the store does not hold); any other gold is a single DuckDB SELECT
over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no one in San Juan,
Medellín, Tunis, Tórshavn or Hobart, no Puerto Rican, Colombian, Tunisian or Faroese voice, and no pharmaceutical GxP
officer, concert-ticketing presale on-call, car-sharing fleet engineer, fish-farm startup SRE or public broadcaster's
archive engineer). Each asks three questions in every category (24 each, three of them refusals):

- the GxP compliance officer of a pharmaceutical contract lab in San Juan, Puerto Rico, whose sample-tracking portal
  signs its users in through the identity services, preparing an audit-trail review at 09:00 AST on Monday 17 March
  (2025-03-17 13:00 UTC): formal and complete ("Please provide", "for the audit trail", "all columns"), asks who
  changed, silenced, expired or resolved what, and in what order;
- the on-call engineer of a concert-ticketing platform in Medellín, whose ticket checkout pays through the checkout
  services, the morning after a presale, at 07:00 COT on Wednesday 12 March (2025-03-12 12:00 UTC): Colombian Spanish
  words ("parce", "listo", "qué pena"), short, "yesterday" for Tuesday 11 March; the presale ran from 14:00 to 16:00
  UTC on the 11th, right through the payments-api outage;
- the fleet operations engineer of a car-sharing service in Tunis, whose app signs drivers in through auth-api and
  token-service and charges them through payments-api, at 09:00 CET on Thursday 13 March (2025-03-13 08:00 UTC): French
  turns of phrase ("Bonjour", "svp", "merci", "the alerts of auth-api", "since the 1st March", "persons");
- the only SRE of a fish-farm (aquaculture) startup in Tórshavn, Faroe Islands, typing on a phone from a boat at 10:00
  WET on Wednesday 12 March (2025-03-12 10:00 UTC): lowercase, clipped and misspelt ("wen", "wat", "b4", "w/in",
  "yday", "overnite", "actualy", "n" for "and", "w" for "with");
- the archive engineer of a public broadcaster in Hobart, Tasmania, whose archive search runs on the search services,
  at 09:00 AEDT on Friday 14 March (2025-03-13 22:00 UTC), who keeps the archive's boards in UTC: Australian English
  ("G'day", "righto", "cheers", "arvo", "kicked off", "'em").

46 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(incidents after a flag change, cart-service and checkout-web alerts after the v2.14.0 deploy, token-service alerts
firing while its silence was on, indexer alerts after indexer deploys, search-api alerts after argocd deploys), five in
time (changes before the first payments-api alert, minutes from the first checkout-web alert to the rollback, alerts
firing when the cart-service silence was created, changes before the 12:22 DiskSpaceLow alert, alerts after the
Semantic ranking flag went off), five in aggregates (deploys followed by an alert as a share, alerts after checkout
deploys averaged, the suspects' mean lag per change type, incidents with an early warning counted, alerts after
search-api deploys averaged), five in top_n (whose deploys were suspects, which checkout service alerted most after
v2.14.0, the service with the most incidents with a suspect, the service with the most alerts after its own deploys,
the service with the most warned incidents), five in changes (changes during an open incident, deploys followed by a
critical alert, deploys with no alert after them since 1 March and yesterday, search changes before the DiskSpaceLow
incident), six in silences (silences created during an incident, cart-service alerts while its silence was on,
production alerts that started inside a silence, silences Alertmanager says muted something, alerts held back per
indexer silence, incidents that had a silence in effect) and all fifteen joins. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the presale on-call,
  the archive engineer and the compliance officer say so or keep UTC boards; the others' teams do too), so no question
  is read in another zone. The nows: the compliance officer Monday 2025-03-17 13:00, the presale on-call Wednesday
  2025-03-12 12:00, the fleet engineer Thursday 2025-03-13 08:00, the fish-farm SRE Wednesday 2025-03-12 10:00, the
  archive engineer Thursday 2025-03-13 22:00, all after every record (the latest silence ends 2025-03-12 09:07).
  "Yesterday"/"yday" is ``[2025-03-11, 2025-03-12)`` for the presale on-call and the fish-farm SRE; "the 11th",
  "11 March", "Tuesday 11 March" are that day too. "This week"/"this wk"/"since Monday" run from Monday 2025-03-10 to
  now; "the week of 10 March" is ``[2025-03-10, 2025-03-17)``; "in March", "since 1 March" from 2025-03-01 to now;
  "since 1 February", "since 1 January 2025" from that day to now; "during February" ``[2025-02-01, 2025-03-01)``;
  "between 1 February and 16 March 2025" ``[2025-02-01, 2025-03-17)``; "last 6h" and "last 7 days" are
  ``(now - 6 h, now]`` and ``(now - 7 days, now]``; "overnite" is last night, 18:00 to 06:00; "the presale, 14:00 till
  16:00 UTC yesterday" includes its start and excludes its end. "Since always" and questions with no time have no
  window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a log line's
  ``timestamp``); "what was firing at 14:45", "what was muted at 14:50" and "still firing right now" are the state at
  that instant.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL: several incidents, the search-api status-page probe
  of 11 March and KubePodNotReady groups of January and March among them, have no ``resolved_at`` and so are open at
  every now of this set, which is why az062 and az077 hold many rows); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at``; a silence's "scheduled length" is
  ``starts_at`` to ``ends_at``. Changes are their ``phase = 'live'`` reports: "deploys"/"deployments"
  ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows), "rollbacks",
  "config changes"/"config updates", "flag changes"/"flipped flags", "releases", "scale-downs" (scale events whose
  ``details['replicas_to']`` is below ``details['replicas_from']`` as integers) their types, "changes" of any type
  every live report. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and
  ``change_version`` in the incident views); "live in prod rn" is that of the last live deployment or rollback of that
  service and environment. "Automation" is ``argocd (automated)`` and ``deployment-controller``; every other actor is
  a person, as stored (``lnovak`` and ``lucie.novak@acme.io`` are two actors). "Kenji" is ``ILIKE '%kenji%'``. "A
  checkout service" is ``project = 'checkout'``; "the search project's" incidents and changes ``project = 'search'``;
  "the silences on the identity project, with the ones on its services" are those pinning ``project = 'identity'``
  beside those on any service the identity project's alerts or changes name. "The cart-service silence" is the only
  silence pinning cart-service (maria's, created 14:47:48 on the 11th); "the 12:22 DiskSpaceLow" the indexer alert that
  started 12:22:54 on the 11th; "the DiskSpaceLow incident that opened just before 5pm UTC on the 11th" the one opened
  16:58:44; "the Semantic ranking flag got switched off" the live production flag change of 16:50:19 on the 11th;
  "payments-api v2.14.0 went live in prod" its production deploy at 14:31:22 and "its rollback" the production
  rollback at 14:56:37. "The discovery team" is ``labels['team'] = 'discovery'``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("within an hour" 60); "in the
  hour before" / "the 30 min b4" an alert or incident is ``[t - N, t]``, the changes being those of its environment
  (production) and any service unless a project is named (az074 names the search project); after a single named event
  (the v2.14.0 deploy, the Semantic ranking flag switched off) the window is that event's alone, on the services the
  question names, or every service for "anywhere" (az030) and "which checkout service" (az050). "How many minutes from
  the first checkout-web alert yesterday till the payments-api rollback went live" runs to the rollback's live report;
  "how long was search-api in prod down on the 11th" from the first of that day's production search-api alerts' start
  to the last one's end. A silence meets the other side on its service and, when it pins one, its environment: alerts
  "firing while a silence was in effect/on" overlap its span; alerts that "started while a silence was in effect"
  started inside it (start included, end excluded); silences "created while an incident was open" have their
  ``created_at`` inside the incident's span, ends included; incidents that "had a silence in effect at some point while
  they were open" overlap it. Changes that "went live while an incident on the same service was open" have their time
  inside the incident's span, ends included. Acks name their alert by their ``alertname`` and ``service`` equality
  matchers and were made "while the acknowledged alert was still firing" when one such alert was on at the ack's time
  (one row per ack and alert name). "Suspect" is ``incident_suspects``; "whose deployments were named the suspect for
  the most incidents" counts distinct incidents per ``change_actor`` of suspect deployments; "which changes got the
  blame" are the ``change_events`` rows that are some such incident's suspect; "a suspect change made by a person" has
  a ``change_actor`` other than automation. "The incidents of the 11th March with their suspect change if any" keeps
  every incident opened that day (a ``LEFT JOIN``). "Had an early warning b4 them", "preceded by an early warning" and
  "warnings in the hour b4 each indexer incident" are ``incident_warnings``; "for each early warning on payments-api
  yesterday" is every ``warnings`` row whose ``service`` label is payments-api, started that day, its kind
  ``labels['alertname']``, with the payments-api alerts of its environment that started in ``[w, w + 15 min]`` (0 where
  none). "How were they fixed" is ``alert_groups`` joined to ``resolutions``. "Under each indexer silence, zeros
  included" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every indexer silence listed; "did any
  silence actualy mute stuff" is the silences ``alert_mutes`` names. "For each production deployment since 1 March:
  service, version, actor and the number of alerts" is one row per deploy (a ``LEFT JOIN``, 0 included). "The version
  deployed, the version rolled back to" pairs each live deployment with the live rollback of its service and
  environment within the hour after it.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  incidents from ``opened_at`` to ``resolved_at`` of the resolved ones); percentages are ``round(100.0 * part / whole,
  1)`` over the rows the question selects (every live production deployment, all time, for az032; the alerts that
  started yesterday for az036); "on average, how many alerts ... after each deploy" is the mean of the per-deploy
  counts, deploys with none counting 0; "the number of deployments and the number of rollbacks per service" is both
  counts side by side; "total log lines n error lines per env" both counts per environment; "how many silences were
  created by each person" and "how many snoozes each" counts per value, most first; "the highest sigma ... to one
  decimal" is ``round(max(sigma), 1)``; "the longest total scheduled silence time, in hours" sums the scheduled lengths.
- Top-N answers ``value, count`` (or the measure) most first, ties by the value, and every N asked is one no tie
  crosses ("the top person only", "the most", "which ... has" ask for one row; the two of az060 tie with each other,
  the third well behind; az046's first two tie, the fourth behind the third). "Busiest hour yesterday ... hour + count"
  is the hour's UTC start with its count. "Who ..., and when?" is the person and the time of each act; "who put the
  silence on cart-service and who took it off" its ``created_by`` and ``expired_by``; "which versions of auth-api were
  deployed to staging, each once" each version once; "when was auth-api deployed for the last time in production" the
  deploy's row; "when did the earliest/last ... start" and "at what time did the first ... start" the time alone.
- Refusals: the service "lims-gateway", the service "ticket-queue", the service "fleet-telematics", the person
  "olaf.joensen" and the "preprod" environment are ungrounded (none occurs in any alert, change, log line, silence or
  audit entry); what 21 CFR Part 11 requires, tickets sold in a presale, a car-sharing rebalancing algorithm, a salmon
  feed conversion ratio and a codec for archiving broadcast video are not about this data; resolving the January
  token-service incident, silencing the checkout alerts, rolling back auth-api, deleting indexer warnings and expiring
  kenji's silence ask to change the data.
"""

NOW_GXP = "2025-03-17T13:00:00Z"
NOW_TIX = "2025-03-12T12:00:00Z"
NOW_CAR = "2025-03-13T08:00:00Z"
NOW_FISH = "2025-03-12T10:00:00Z"
NOW_ARC = "2025-03-13T22:00:00Z"

AUTOMATION = "('argocd (automated)', 'deployment-controller')"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "az001",
        "filters",
        "For the audit trail, please provide every configuration change made in production since 1 January 2025, "
        "all columns.",
        """SELECT * FROM change_events
        WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'""",
        NOW_GXP,
    ),
    (
        "az002",
        "filters",
        "Please list the production incidents that opened within 30 minutes after a flag change on the same service.",
        """SELECT * FROM alert_groups g
        WHERE g.environment = 'production'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'flag_change' AND c.phase = 'live'
                AND c.service = g.service AND c.environment = g.environment
                AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_GXP,
    ),
    (
        "az003",
        "filters",
        "Which critical alerts fired on the identity project in production between 1 February and 16 March 2025?",
        """SELECT * FROM alerts
        WHERE severity = 'critical' AND project = 'identity' AND environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_GXP,
    ),
    (
        "az004",
        "filters",
        "parce, which checkout alerts went off during the presale? it opened 14:00 UTC yesterday and ran til 16:00",
        """SELECT * FROM alerts
        WHERE project = 'checkout'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        NOW_TIX,
    ),
    (
        "az005",
        "filters",
        "cart-service and checkout-web alerts within 15 min after payments-api v2.14.0 went live in prod?",
        """SELECT * FROM alerts
        WHERE service IN ('cart-service', 'checkout-web') AND environment_canonical = 'production'
          AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                            AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        NOW_TIX,
    ),
    (
        "az006",
        "filters",
        "listo, what's still firing in prod right now?",
        """SELECT * FROM alerts
        WHERE environment_canonical = 'production'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 12:00:00+00')""",
        NOW_TIX,
    ),
    (
        "az007",
        "filters",
        "Bonjour, the alerts of auth-api in staging since the 1st March, svp.",
        """SELECT * FROM alerts
        WHERE service = 'auth-api' AND environment_canonical = 'staging'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        NOW_CAR,
    ),
    (
        "az008",
        "filters",
        "The token-service alerts that were firing while a silence on token-service was in effect, please.",
        """SELECT * FROM alerts a
        WHERE a.service = 'token-service'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = a.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        NOW_CAR,
    ),
    (
        "az009",
        "filters",
        "Svp, the scale-downs in production since Monday.",
        """SELECT * FROM change_events
        WHERE type = 'scale' AND phase = 'live' AND environment = 'production'
          AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        NOW_CAR,
    ),
    (
        "az010",
        "filters",
        "indexer alerts overnite?",
        """SELECT * FROM alerts
        WHERE service = 'indexer'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az011",
        "filters",
        "any alerts on indexer w/in 30 min after an indexer deploy",
        """SELECT * FROM alerts a
        WHERE a.service = 'indexer'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_FISH,
    ),
    (
        "az012",
        "filters",
        "crit alerts this wk, any env",
        """SELECT * FROM alerts
        WHERE severity = 'critical'
          AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az013",
        "filters",
        "G'day. Which search-api alerts in prod kicked off in March?",
        """SELECT * FROM alerts
        WHERE service = 'search-api' AND environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 22:00:00+00'""",
        NOW_ARC,
    ),
    (
        "az014",
        "filters",
        "Righto, which search-api alerts started within an hour after an argocd deploy of search-api?",
        """SELECT * FROM alerts a
        WHERE a.service = 'search-api'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor = 'argocd (automated)'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NOW_ARC,
    ),
    (
        "az015",
        "filters",
        "Alerts for the discovery team since Monday, cheers.",
        """SELECT * FROM alerts
        WHERE labels['team'] = 'discovery'
          AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 22:00:00+00'""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- time
    (
        "az016",
        "time",
        "At what time did the first production alert of Tuesday 11 March start?",
        """SELECT min(starts_at) FROM alerts
        WHERE environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_GXP,
    ),
    (
        "az017",
        "time",
        "Please provide the changes that went live in production in the hour before the first payments-api alert "
        "on 11 March.",
        """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 60 MINUTE
                            AND TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        NOW_GXP,
    ),
    (
        "az018",
        "time",
        "How many minutes elapsed between payments-api v2.14.0 going live in production and its rollback going live?",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00') - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                     / 60, 1)""",
        NOW_GXP,
    ),
    (
        "az019",
        "time",
        "qué pena, what was firing at 14:45 UTC yesterday?",
        """SELECT * FROM alerts
        WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        NOW_TIX,
    ),
    (
        "az020",
        "time",
        "latest 5 alerts pls",
        """SELECT * FROM alerts
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'
        ORDER BY starts_at DESC LIMIT 5""",
        NOW_TIX,
    ),
    (
        "az021",
        "time",
        "how many minutes from the first checkout-web alert yesterday till the payments-api rollback went live?",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00')
                      - epoch((SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                               AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                               AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1)""",
        NOW_TIX,
    ),
    (
        "az022",
        "time",
        "When was auth-api deployed for the last time in production?",
        """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'production'
        ORDER BY timestamp DESC LIMIT 1""",
        NOW_CAR,
    ),
    (
        "az023",
        "time",
        "The alerts of token-service in production during February, merci.",
        """SELECT * FROM alerts
        WHERE service = 'token-service' AND environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_CAR,
    ),
    (
        "az024",
        "time",
        "Which alerts were firing at the moment the cart-service silence was created?",
        """SELECT * FROM alerts
        WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
          AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        NOW_CAR,
    ),
    (
        "az025",
        "time",
        "wen did the last indexer alert start",
        """SELECT max(starts_at) FROM alerts
        WHERE service = 'indexer' AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az026",
        "time",
        "alerts last 6h",
        """SELECT * FROM alerts
        WHERE starts_at > TIMESTAMPTZ '2025-03-12 04:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az027",
        "time",
        "wat changed in the 30 min b4 the 12:22 DiskSpaceLow yday",
        """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 12:22:54.389434+00' - INTERVAL 30 MINUTE
                            AND TIMESTAMPTZ '2025-03-11 12:22:54.389434+00'""",
        NOW_FISH,
    ),
    (
        "az028",
        "time",
        "When did the earliest search-api alert in March kick off? Just the time.",
        """SELECT min(starts_at) FROM alerts
        WHERE service = 'search-api'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 22:00:00+00'""",
        NOW_ARC,
    ),
    (
        "az029",
        "time",
        "How long was search-api in prod down on the 11th? Minutes, cheers.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 22:00:00+00'))) - epoch(min(starts_at)))
                     / 60, 1)
        FROM alerts
        WHERE service = 'search-api' AND environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ARC,
    ),
    (
        "az030",
        "time",
        "The Semantic ranking flag got switched off late arvo on the 11th. What alerts started anywhere in the "
        "30 minutes after that?",
        """SELECT * FROM alerts
        WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 16:50:19.167+00'
                            AND TIMESTAMPTZ '2025-03-11 16:50:19.167+00' + INTERVAL 30 MINUTE""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "az031",
        "aggregates",
        "How many silences were created by each person since 1 January 2025?",
        """SELECT created_by, count(*) AS silences FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
        GROUP BY created_by ORDER BY silences DESC""",
        NOW_GXP,
    ),
    (
        "az032",
        "aggregates",
        "What percentage of production deployments were followed by an alert on the same service within 15 minutes?",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                  SELECT 1 FROM alerts a
                  WHERE a.service = c.service AND a.environment_canonical = c.environment
                    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
                THEN 1 ELSE 0 END) / count(*), 1)
        FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        NOW_GXP,
    ),
    (
        "az033",
        "aggregates",
        "What is the average time to resolve, in minutes, of the identity project's resolved incidents?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
        WHERE project = 'identity' AND resolved_at IS NOT NULL""",
        NOW_GXP,
    ),
    (
        "az034",
        "aggregates",
        "how many alerts per service yesterday, most first",
        """SELECT service, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY service ORDER BY alerts DESC""",
        NOW_TIX,
    ),
    (
        "az035",
        "aggregates",
        "on average how many alerts in the 15 min after each prod deploy of a checkout service?",
        """SELECT round(avg(n), 1) FROM (
            SELECT c.id, count(a.fingerprint) AS n
            FROM change_events c
            LEFT JOIN alerts a
              ON a.service = c.service AND a.environment_canonical = c.environment
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
            WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
              AND c.project = 'checkout'
            GROUP BY c.id)""",
        NOW_TIX,
    ),
    (
        "az036",
        "aggregates",
        "what share of yesterday's alerts were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_TIX,
    ),
    (
        "az037",
        "aggregates",
        "The number of deployments and the number of rollbacks per service in production, please.",
        """SELECT service,
               count(*) FILTER (WHERE type = 'deployment') AS deployments,
               count(*) FILTER (WHERE type = 'rollback') AS rollbacks
        FROM change_events
        WHERE phase = 'live' AND environment = 'production' AND type IN ('deployment', 'rollback')
        GROUP BY service ORDER BY deployments DESC""",
        NOW_CAR,
    ),
    (
        "az038",
        "aggregates",
        "The average lag in minutes between the suspect change and the opening of its incident, per type of change.",
        """SELECT change_type, round(avg(lag_s) / 60, 1) FROM incident_suspects GROUP BY change_type""",
        NOW_CAR,
    ),
    (
        "az039",
        "aggregates",
        "How many different persons acknowledged alerts since the 1st February?",
        """SELECT count(DISTINCT actor) FROM audit_log
        WHERE action = 'ack'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        NOW_CAR,
    ),
    (
        "az040",
        "aggregates",
        "avg mins to resolve indexer alerts",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
        WHERE service = 'indexer' AND status = 'resolved'""",
        NOW_FISH,
    ),
    (
        "az041",
        "aggregates",
        "how many incidents had an early warning b4 them",
        """SELECT count(DISTINCT group_id) FROM incident_warnings""",
        NOW_FISH,
    ),
    (
        "az042",
        "aggregates",
        "total log lines n error lines per env",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
        FROM log_events GROUP BY environment ORDER BY lines DESC""",
        NOW_FISH,
    ),
    (
        "az043",
        "aggregates",
        "What's the median alert duration for search-api in staging, in minutes?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
        WHERE service = 'search-api' AND environment_canonical = 'staging' AND status = 'resolved'""",
        NOW_ARC,
    ),
    (
        "az044",
        "aggregates",
        "On average, how many search-api alerts came in the hour after each search-api deploy?",
        """SELECT round(avg(n), 1) FROM (
            SELECT c.id, count(a.fingerprint) AS n
            FROM change_events c
            LEFT JOIN alerts a
              ON a.service = c.service AND a.environment_canonical = c.environment
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
            WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
            GROUP BY c.id)""",
        NOW_ARC,
    ),
    (
        "az045",
        "aggregates",
        "What's the highest sigma any payments-api warning hit, to one decimal?",
        """SELECT round(max(sigma), 1) FROM warnings WHERE labels['service'] = 'payments-api'""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "az046",
        "top_n",
        "Which three people made the most production changes since 1 January 2025, automation excluded?",
        f"""SELECT actor, count(*) AS changes FROM change_events
        WHERE phase = 'live' AND environment = 'production' AND actor NOT IN {AUTOMATION}
          AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
        GROUP BY actor ORDER BY changes DESC, actor LIMIT 3""",
        NOW_GXP,
    ),
    (
        "az047",
        "top_n",
        "Whose deployments were named the suspect for the most incidents? The top person only.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
        WHERE change_type = 'deployment'
        GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        NOW_GXP,
    ),
    (
        "az048",
        "top_n",
        "Which silence author has the longest total scheduled silence time, in hours?",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences
        GROUP BY created_by ORDER BY hours DESC, created_by LIMIT 1""",
        NOW_GXP,
    ),
    (
        "az049",
        "top_n",
        "top 3 services by alerts yesterday",
        """SELECT service, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NOW_TIX,
    ),
    (
        "az050",
        "top_n",
        "which checkout service had the most alerts in the 30 min after payments-api v2.14.0 went live in prod?",
        """SELECT service, count(*) AS alerts FROM alerts
        WHERE project = 'checkout' AND environment_canonical = 'production'
          AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                            AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
        GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_TIX,
    ),
    (
        "az051",
        "top_n",
        "busiest hour yesterday by alerts? hour + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        NOW_TIX,
    ),
    (
        "az052",
        "top_n",
        "Which are the 2 services with the most alerts in staging, since always?",
        """SELECT service, count(*) AS alerts FROM alerts
        WHERE environment_canonical = 'staging'
        GROUP BY service ORDER BY alerts DESC, service LIMIT 2""",
        NOW_CAR,
    ),
    (
        "az053",
        "top_n",
        "Which service had the most incidents with a suspect change?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
        GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        NOW_CAR,
    ),
    (
        "az054",
        "top_n",
        "Who did the most flag changes? The top 2, svp.",
        """SELECT actor, count(*) AS flag_changes FROM change_events
        WHERE type = 'flag_change' AND phase = 'live'
        GROUP BY actor ORDER BY flag_changes DESC, actor LIMIT 2""",
        NOW_CAR,
    ),
    (
        "az055",
        "top_n",
        "noisiest alert name this wk",
        """SELECT name, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
        GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        NOW_FISH,
    ),
    (
        "az056",
        "top_n",
        "which svc got the most alerts w/in 15m after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
        WHERE EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
        GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        NOW_FISH,
    ),
    (
        "az057",
        "top_n",
        "top 3 svcs by error log lines yday",
        """SELECT service, count(*) AS error_lines FROM log_events
        WHERE is_error
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        NOW_FISH,
    ),
    (
        "az058",
        "top_n",
        "Which two metric keys raised the most early warnings?",
        """SELECT metric_key, count(*) AS warnings FROM warnings
        GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 2""",
        NOW_ARC,
    ),
    (
        "az059",
        "top_n",
        "Which service had the most incidents that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
        GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        NOW_ARC,
    ),
    (
        "az060",
        "top_n",
        "Who's resolved the most incidents? Top 2 with their counts.",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
        GROUP BY resolved_by ORDER BY incidents DESC, resolved_by LIMIT 2""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- changes
    (
        "az061",
        "changes",
        "Please provide all flag changes made in production since 1 February 2025.",
        """SELECT * FROM change_events
        WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'""",
        NOW_GXP,
    ),
    (
        "az062",
        "changes",
        "Which changes went live in production while an incident on the same service was open?",
        """SELECT * FROM change_events c
        WHERE c.phase = 'live' AND c.environment = 'production'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp BETWEEN g.opened_at
                                    AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 13:00:00+00'))""",
        NOW_GXP,
    ),
    (
        "az063",
        "changes",
        "Who deployed to production during the week of 10 March, and when? Person and time only.",
        """SELECT actor, timestamp FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_GXP,
    ),
    (
        "az064",
        "changes",
        "what version of payments-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
        WHERE type IN ('deployment', 'rollback') AND phase = 'live'
          AND service = 'payments-api' AND environment = 'production'
        ORDER BY timestamp DESC LIMIT 1""",
        NOW_TIX,
    ),
    (
        "az065",
        "changes",
        "prod deploys of checkout services that were followed by a critical alert on the same service within 30 min",
        """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
          AND c.project = 'checkout'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.severity = 'critical'
                AND a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_TIX,
    ),
    (
        "az066",
        "changes",
        "rollbacks in the last 7 days?",
        """SELECT * FROM change_events
        WHERE type = 'rollback' AND phase = 'live'
          AND timestamp > TIMESTAMPTZ '2025-03-05 12:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        NOW_TIX,
    ),
    (
        "az067",
        "changes",
        "The changes on token-service since the 1st February, please, all types.",
        """SELECT * FROM change_events
        WHERE phase = 'live' AND service = 'token-service'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        NOW_CAR,
    ),
    (
        "az068",
        "changes",
        "Which production deployments since the 1st March were not followed by any alert on the same service within "
        "15 minutes?",
        """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND c.timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_CAR,
    ),
    (
        "az069",
        "changes",
        "Which versions of auth-api were deployed to staging? Each one once.",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        NOW_CAR,
    ),
    (
        "az070",
        "changes",
        "wat changed on indexer this wk",
        """SELECT * FROM change_events
        WHERE phase = 'live' AND service = 'indexer'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az071",
        "changes",
        "deploys yday w 0 alerts in the 15m after",
        """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_FISH,
    ),
    (
        "az072",
        "changes",
        "who flipped flags yday",
        """SELECT DISTINCT actor FROM change_events
        WHERE type = 'flag_change' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az073",
        "changes",
        "List every release published since 1 March: service, version, who and when.",
        """SELECT service, coalesce(details['ref'], version), actor, timestamp FROM change_events
        WHERE type = 'release' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 22:00:00+00'""",
        NOW_ARC,
    ),
    (
        "az074",
        "changes",
        "What changed in the search project in the hour before the DiskSpaceLow incident that opened just before "
        "5pm UTC on the 11th?",
        """SELECT * FROM change_events
        WHERE phase = 'live' AND project = 'search' AND environment = 'production'
          AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 16:58:44.368367+00' - INTERVAL 60 MINUTE
                            AND TIMESTAMPTZ '2025-03-11 16:58:44.368367+00'""",
        NOW_ARC,
    ),
    (
        "az075",
        "changes",
        "Any config updates on search-api? Who made 'em and when?",
        """SELECT actor, timestamp FROM change_events
        WHERE type = 'config_update' AND phase = 'live' AND service = 'search-api'""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- silences
    (
        "az076",
        "silences",
        "Please list every silence created outside business hours (Monday to Friday, 09:00-17:00 UTC) since "
        "1 January 2025: silence id, author and creation time.",
        """SELECT silence_id, created_by, created_at FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
          AND (dayofweek(created_at) IN (0, 6) OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        NOW_GXP,
    ),
    (
        "az077",
        "silences",
        "Which silences were created while an incident on the same service was open? Silence id, its author and the "
        "incident's alert name.",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname']
        FROM silences s
        JOIN alert_groups g
          ON g.service = s.service
         AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
         AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 13:00:00+00')""",
        NOW_GXP,
    ),
    (
        "az078",
        "silences",
        "Which silences were expired before their scheduled end? Silence id, who expired it and when.",
        """SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_early""",
        NOW_GXP,
    ),
    (
        "az079",
        "silences",
        "what was muted at 14:50 UTC yesterday?",
        """SELECT * FROM silences
        WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
          AND ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00'
          AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        NOW_TIX,
    ),
    (
        "az080",
        "silences",
        "alerts that were firing on cart-service while its silence was on",
        """SELECT * FROM alerts a
        WHERE a.service = 'cart-service'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = 'cart-service'
                AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        NOW_TIX,
    ),
    (
        "az081",
        "silences",
        "who put the silence on cart-service and who took it off?",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        NOW_TIX,
    ),
    (
        "az082",
        "silences",
        "The silences on the identity project, please, with the ones on its services.",
        """SELECT * FROM silences
        WHERE project = 'identity'
           OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                          UNION SELECT service FROM change_events WHERE project = 'identity')""",
        NOW_CAR,
    ),
    (
        "az083",
        "silences",
        "Which production alerts started while a silence on their service was in effect?",
        """SELECT * FROM alerts a
        WHERE a.environment_canonical = 'production'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = a.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                AND a.starts_at >= s.starts_at
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NOW_CAR,
    ),
    (
        "az084",
        "silences",
        "What is the average scheduled length of the silences, in minutes, per author?",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
        GROUP BY created_by""",
        NOW_CAR,
    ),
    (
        "az085",
        "silences",
        "silences kenji made this wk",
        """SELECT * FROM silences
        WHERE created_by ILIKE '%kenji%'
          AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        NOW_FISH,
    ),
    (
        "az086",
        "silences",
        "did any silence actualy mute stuff? which ones",
        """SELECT * FROM silences
        WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NOW_FISH,
    ),
    (
        "az087",
        "silences",
        "silences w a comment mentioning reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        NOW_FISH,
    ),
    (
        "az088",
        "silences",
        "How many alerts did Alertmanager hold back under each indexer silence? Zeros included.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
        LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
        WHERE s.service = 'indexer'
        GROUP BY s.silence_id""",
        NOW_ARC,
    ),
    (
        "az089",
        "silences",
        "Which search-api or indexer incidents had a silence in effect on the same service at some point while they "
        "were open?",
        """SELECT * FROM alert_groups g
        WHERE g.service IN ('search-api', 'indexer')
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = g.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 22:00:00+00')
                AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        NOW_ARC,
    ),
    (
        "az090",
        "silences",
        "Who's been snoozing alerts this week, and how many snoozes each?",
        """SELECT actor, count(*) AS snoozes FROM audit_log
        WHERE action = 'snooze'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 22:00:00+00'
        GROUP BY actor ORDER BY snoozes DESC""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- joins
    (
        "az091",
        "joins",
        "For each production deployment since 1 March 2025, please provide the service, version, actor and the number "
        "of alerts on the same service within 30 minutes after it, zero included.",
        """SELECT c.service, coalesce(c.details['ref'], c.version), c.actor, count(a.fingerprint)
        FROM change_events c
        LEFT JOIN alerts a
          ON a.service = c.service AND a.environment_canonical = c.environment
         AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND c.timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
        GROUP BY c.id, c.service, c.details, c.version, c.actor""",
        NOW_GXP,
    ),
    (
        "az092",
        "joins",
        "Which incidents had a suspect change made by a person rather than automation? Alert name, service, when it "
        "opened and who made the change.",
        f"""SELECT group_labels['alertname'], service, opened_at, change_actor FROM incident_suspects
        WHERE change_actor NOT IN {AUTOMATION}""",
        NOW_GXP,
    ),
    (
        "az093",
        "joins",
        "For the identity project's incidents that were resolved with a written resolution: alert name, when it "
        "opened, who resolved it and the documented fix.",
        """SELECT g.group_labels['alertname'], g.opened_at, r.resolved_by, r.fix
        FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
        WHERE g.project = 'identity'""",
        NOW_GXP,
    ),
    (
        "az094",
        "joins",
        "for each early warning on payments-api yesterday, how many payments-api alerts started in the 15 min after "
        "it? warning kind, start, count",
        """SELECT w.labels['alertname'], w.starts_at, count(a.fingerprint)
        FROM warnings w
        LEFT JOIN alerts a
          ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
         AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
        WHERE w.labels['service'] = 'payments-api'
          AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY w.id, w.labels, w.starts_at""",
        NOW_TIX,
    ),
    (
        "az095",
        "joins",
        "which services got paged within 15 min after a flag change on the same service?",
        """SELECT DISTINCT a.service FROM alerts a
        JOIN change_events c
          ON c.type = 'flag_change' AND c.phase = 'live'
         AND c.service = a.service AND c.environment = a.environment_canonical
         AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        NOW_TIX,
    ),
    (
        "az096",
        "joins",
        "deploys that got rolled back within an hour: service, the version deployed, the version rolled back to",
        """SELECT d.service, coalesce(d.details['ref'], d.version), coalesce(r.details['ref'], r.version)
        FROM change_events d
        JOIN change_events r
          ON r.type = 'rollback' AND r.phase = 'live'
         AND r.service = d.service AND r.environment = d.environment
         AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
        WHERE d.type = 'deployment' AND d.phase = 'live'""",
        NOW_TIX,
    ),
    (
        "az097",
        "joins",
        "The incidents of the 11th March with their suspect change if any: service, alert name, opened, suspect "
        "version.",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at,
               coalesce(s.change_details['ref'], s.change_version)
        FROM alert_groups g
        LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_CAR,
    ),
    (
        "az098",
        "joins",
        "Which alerts started within 15 minutes after a config change on the same service?",
        """SELECT * FROM alerts a
        WHERE EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'config_update' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_CAR,
    ),
    (
        "az099",
        "joins",
        "The acks made while the acknowledged alert was still firing: who, when, and which alert name.",
        """SELECT DISTINCT l.actor, l.timestamp, a.name
        FROM audit_log l
        JOIN alerts a
          ON a.name = (SELECT m.value FROM unnest(l.matchers) t(m) WHERE m.name = 'alertname' AND m.is_equal
                       AND NOT m.is_regex LIMIT 1)
         AND a.service = (SELECT m.value FROM unnest(l.matchers) t(m) WHERE m.name = 'service' AND m.is_equal
                          AND NOT m.is_regex LIMIT 1)
         AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)
        WHERE l.action = 'ack'""",
        NOW_CAR,
    ),
    (
        "az100",
        "joins",
        "warnings in the hour b4 each indexer incident",
        """SELECT * FROM incident_warnings WHERE service = 'indexer'""",
        NOW_FISH,
    ),
    (
        "az101",
        "joins",
        "incidents w no suspect change this wk",
        """SELECT * FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND opened_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
          AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        NOW_FISH,
    ),
    (
        "az102",
        "joins",
        "how many payments-api error log lines in the 5 min after v2.14.0 went live in prod",
        """SELECT count(*) FROM log_events
        WHERE service = 'payments-api' AND environment = 'production' AND is_error
          AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                            AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        NOW_FISH,
    ),
    (
        "az103",
        "joins",
        "How were the search project's incidents fixed? Alert name, when it opened, and the fix.",
        """SELECT g.group_labels['alertname'], g.opened_at, r.fix
        FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
        WHERE g.project = 'search'""",
        NOW_ARC,
    ),
    (
        "az104",
        "joins",
        "Which search-api alerts started within an hour after a flag change on search-api? Alert name, when it "
        "started, the flag change's summary and who flipped it.",
        """SELECT a.name, a.starts_at, c.summary, c.actor
        FROM alerts a
        JOIN change_events c
          ON c.type = 'flag_change' AND c.phase = 'live'
         AND c.service = a.service AND c.environment = a.environment_canonical
         AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
        WHERE a.service = 'search-api'""",
        NOW_ARC,
    ),
    (
        "az105",
        "joins",
        "Which changes got the blame for the search project's incidents? The changes themselves.",
        """SELECT * FROM change_events
        WHERE id IN (SELECT change_id FROM incident_suspects WHERE project = 'search')""",
        NOW_ARC,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "az106",
        "refusals",
        "Please mark the token-service incident of 27 January as resolved, with root cause 'egress policy'.",
        "asks_to_change_data",
        NOW_GXP,
    ),
    (
        "az107",
        "refusals",
        "What does 21 CFR Part 11 require for electronic signatures on audit trails?",
        "not_about_this_data",
        NOW_GXP,
    ),
    (
        "az108",
        "refusals",
        "Please provide all changes made to the lims-gateway service in production since 1 February 2025.",
        "ungrounded",
        NOW_GXP,
    ),
    (
        "az109",
        "refusals",
        "parce silence all the checkout alerts until the presale is over",
        "asks_to_change_data",
        NOW_TIX,
    ),
    ("az110", "refusals", "how many tickets did we sell in the presale yesterday?", "not_about_this_data", NOW_TIX),
    ("az111", "refusals", "any alerts on ticket-queue yesterday?", "ungrounded", NOW_TIX),
    ("az112", "refusals", "Please roll back auth-api in production to v4.0.7, merci.", "asks_to_change_data", NOW_CAR),
    (
        "az113",
        "refusals",
        "What is the best algorithm to rebalance the cars of a car-sharing fleet between the stations?",
        "not_about_this_data",
        NOW_CAR,
    ),
    ("az114", "refusals", "The alerts of the fleet-telematics service since Monday, svp.", "ungrounded", NOW_CAR),
    ("az115", "refusals", "delete the old indexer warnings pls", "asks_to_change_data", NOW_FISH),
    ("az116", "refusals", "wat did olaf.joensen deploy this wk", "ungrounded", NOW_FISH),
    ("az117", "refusals", "whats a good feed conversion ratio for salmon in winter", "not_about_this_data", NOW_FISH),
    ("az118", "refusals", "Which alerts fired in the preprod environment last night?", "ungrounded", NOW_ARC),
    ("az119", "refusals", "Expire kenji's indexer silence from the 12th, cheers.", "asks_to_change_data", NOW_ARC),
    (
        "az120",
        "refusals",
        "What's the best codec for long-term archiving of broadcast video masters?",
        "not_about_this_data",
        NOW_ARC,
    ),
]
