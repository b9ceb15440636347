"""The ninety-seventh ask question set: ids bx001..bx120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the questions of any other set,
at the same time as another outside author writing the ninety-sixth set, whose file this author never opened. What the
author read, and nothing else:

- the brief for these sets (``h_set_common.md``) and the short task message that named this set, its ids and its theme;
- the first fifty lines of the workplace's environment note, printed in the same command as the brief (the machine and
  the package registries; nothing in it is about this project);
- ``shared/DESIGN.md``, printed whole;
- ``docs/store.md``, printed whole in three pieces (lines 1-250, 250-480 and 480-703);
- the "Shapes and joins" section of ``docs/ask.md`` alone, taken as the rules for the shape of every gold answer: its
  line range found with ``grep -n '^## '`` (190-422), printed in two pieces (190-310 and 310-422); the terminal cut
  lines out of both, and those were printed again by line number (262-266, 267-271, 366-372 and 373-378). The rest of
  ``docs/ask.md`` was not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast`` (the terminal cut the middle of that docstring, the paragraphs on the thirty-third to about the seventy-third
  sets, which were not printed again);
- the module docstrings of the earlier sets (``ast.get_docstring`` of every ``benchmarks/ask_questions_*.py`` present
  but the ninety-sixth's and this one), written to a scratch file and grepped for cities, first languages, personal
  names, trades and organisations (counts, and the few lines around the hits for Manila, Filipino, Philippine, Hull,
  Tasmania, "ski", "ferry", "Dale" and "Holm"); the forty-ninth's and the ninety-fifth's were printed whole, and the
  forty-ninth's "Conventions" list is followed where a question leaves room;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, one grep for its module-level now constants,
  its first three lines and the line number of its ``ROWS``, for the file's format only;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from
  2025-01-02 to 2025-03-12, most of them on Tuesday 11 March UTC, the day of the payments-api v2.14.0 outage);
- the signature of ``signalcraft.copilot.sql_guard.safe`` (its code not read), called on every gold; the number of
  files in ``benchmarks/``; and the names (only) of the changed and untracked files in one ``git status --short`` run
  at the end, to check that this file is the only one this author added (the other author's file was listed there and
  was not opened).

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
accepted by the gate and returning at least one row on the store copy. No question was put to ``signalcraft ask`` or
to any parser.

The theme: five people who narrow a question by what to leave out. Nearly every question excludes, negates or sets
aside something: a value ("apart from the staging ones", "besides payments-api", "anything but critical", "not the
info ones", "excluding the automated Argo CD syncs", "not counting kenji", "minus the argocd ones", "non-prod"), a time
("outside business hours, not counting the weekend", "ignoring any that are still open") or a relation ("no alert on the
same service in the 30 minutes after them", "did not get any suspect change", "never acked any alert", "never muted any
alert", "never expired by hand", "not preceded by an early warning", "neither an early warning nor a suspect change",
"didn't alert at all"). They write plain workplace English of several kinds; two of them write it as a second
language. No earlier docstring names their towns, their first languages other than English, their names or their
organisations (grepped: Lilongwe, Thimphu, Spokane, Plymouth, Tucson; Chichewa, Dzongkha; Phiri, Wangmo, Tollefson,
Pascoe, Kessler; fertiliser, hydropower, textbook, chandlery, yacht, observatory, telescope). Each asks three questions
in every category (24 each, three of them refusals), in the order below within each category:

- Chikondi Phiri, on-call backend engineer of a fertiliser and seed distributor's ordering platform for agro-dealers in
  Lilongwe, Malawi (the dealers' orders pay through the checkout services); first language Chichewa, writing the
  Malawian English of school and office ("kindly", "I am requesting", "apart from", "the alerts of yesterday", "their
  same service", "moni" for hello, "zikomo" for thanks), now and then in Chichewa word order ("Today the first alert
  started at what time?"); zone Africa/Blantyre, CAT, UTC+02:00, but the team's boards and rota run on UTC; now
  Wednesday 12 March 10:00 CAT (2025-03-12 08:00 UTC);
- Sonam Wangmo, SRE of a hydropower utility's customer e-billing portal in Thimphu, Bhutan (bill payments go through the
  checkout services); first language Dzongkha, writing the polite Bhutanese English of the civil service ("kuzuzangpo
  la" for hello, "la" as a mark of respect at the end of a clause, "may I know", "what all", "kindly"); zone
  Asia/Thimphu, BTT, UTC+06:00, with the on-call boards on UTC and UTC named where a clock matters; now Thursday 13
  March 09:30 BTT (2025-03-13 03:30 UTC);
- Garrett Tollefson, engineering manager of a used-textbook buyback marketplace in Spokane, Washington; English first
  language, short managerial requests in whole sentences ("Could you pull", "I'd like a list of", "setting staging
  aside", "leave Kenji out of it", "Minutes is fine"); zone America/Los_Angeles, PDT, UTC-07:00 since 9 March, his
  team's dashboards on UTC; now Friday 14 March 08:00 PDT (2025-03-14 15:00 UTC);
- Kerensa Pascoe, junior SRE of a yacht chandlery's web shop in Plymouth, Devon; English first language, lower-case
  chat shorthand ("excl", "minus", "w/o", "n" for and, "rn", "svc", "ppl", "tues", "wed", apostrophes dropped); zone
  Europe/London, GMT, which is UTC in March; now Thursday 13 March 09:15 GMT (2025-03-13 09:15 UTC);
- Joanne Kessler, reliability analyst of an observatory's telescope-time booking portal in Tucson, Arizona (proposal
  fees pay through the checkout services); English first language, the formal English of tickets and reports with exact
  periods ("Please provide", "exclusive of", "with the exception of", "in February 2025"); zone America/Phoenix, MST,
  UTC-07:00 all year (Arizona keeps no daylight saving), her reports in UTC; now Monday 17 March 09:00 MST (2025-03-17
  16:00 UTC).

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (bx002,
bx005, bx008, bx011, bx015), three in time (bx018, bx024, bx028), six in aggregates (bx033, bx035, bx038, bx039, bx042,
bx044), five in top_n (bx048, bx051, bx054, bx057, bx059), six in changes (bx063, bx066, bx069, bx072, bx074, bx075),
five in silences (bx078, bx081, bx083, bx087, bx090) and all fifteen joins (bx091..bx105; bx093 and bx102 relate two
kinds of act by their people). Not counted: the known services of bx009 and bx068 (read from alerts and changes
together), deploys against rollbacks (bx014) and releases against deploys (bx071), both changes. Every gold returns at
least one row.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (their boards run on UTC), so
  no question is read in a local zone. A window includes its start and excludes its end unless said here. A thing is in
  a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``, an audit entry's ``timestamp``). Chikondi's "yesterday" is ``[2025-03-11, 2025-03-12)`` and
  her "today" 2025-03-12 up to her now; Sonam's "the day before yesterday" and "11th March" are 11 March; Garrett's
  "Tuesday" 11 March, "Wednesday" 12 March and "this week" ``[2025-03-10, now]``; Kerensa's "tues" 11 March, "wed
  (12th)" 12 March and "the last 7 days" ``(now - 7 days, now]``; Joanne's "February 2025" ``[2025-02-01,
  2025-03-01)``, "last week (Monday 10 to Sunday 16 March)" ``[2025-03-10, 2025-03-17)``. "This month" and "March 2025"
  run from 2025-03-01 to the asker's now; "this quarter", "so far this year" and "in 2025" from 2025-01-01 to now.
  "Still firing now", "open rn" and "live in production now" are the state at the asker's now; "at 15:00 UTC on 11th
  March", "at 14:45 on tues" and "on at 02:30 on wed (12th)" the state at that instant.
- A value left out is left out of the column that carries it: ``alerts.environment_canonical``, the ``environment`` of
  changes and incidents, ``service``, ``name``, ``severity``, ``source``, ``type``, ``actor``, ``created_by``. The store
  has only the production and staging environments, so "apart from staging", "not counting staging", "non-staging",
  "without the staging ones" are ``<> 'staging'`` and "production only", "in production" ``= 'production'``, as each
  question words it; "other than in production" and "non-prod" are ``<> 'production'``. "Anything but critical" keeps
  warning, error and info; "not the info ones" drops info alone. For silences, whose ``service`` is NULL when the
  matchers pin none, "apart from the indexer ones" is ``service IS DISTINCT FROM 'indexer'`` (the silences pinning no
  service stay); incidents, alerts and changes always carry a service. "The Argo CD syncs", "the argocd ones", "the ones
  argocd did" are ``source <> 'argocd'`` (the same rows as actor ``argocd (automated)``); "people", "a person rather
  than automation", "not the automated ones" leave out ``argocd (automated)`` and ``deployment-controller``. People are
  as stored and named by ``ILIKE`` ("kenji", "jonas", "sade", "maria", "dev.patel"). "The reindex ones / silences" are
  the silences whose comment mentions reindex; "the weekly reindex ones" those whose comment says "weekly full
  reindex", "the nightly reindex silences" "nightly reindex". "Scale events" are ``type = 'scale'``, "flag changes"
  ``flag_change``, "config changes" ``config_update``; "the tokencache ones" are TokenCacheEvictionsHigh, "the
  conversion-rate alert" CheckoutConversionRateDrop, "checkout alerts" those of ``project = 'checkout'``.
- A relation left out is an anti-join: "no alert ... after them", "not followed by", "not preceded by an early
  warning", "no suspect change" are ``NOT EXISTS`` / ``NOT IN`` against the other kind (``incident_warnings``,
  ``incident_suspects``, ``alert_mutes`` for "never muted any alert"); "never expired by hand" is ``expired_at IS
  NULL``; "never acked" is ``EXCEPT`` the actors of ``audit_log`` acks, names as stored (``mgonzalez`` and ``lnovak``
  deploy under those names and ack, when they do, as ``maria.gonzalez@acme.io`` and ``lucie.novak@acme.io``, so bx093
  lists them); "ignoring any that are still open" and "excluding alerts that did not resolve" keep the rows with an
  end. "Which services didn't alert at all on Wednesday" and "had no production deploys this week" are the services
  the store knows from alerts and changes ``EXCEPT`` those of the rows; "releases that never got deployed to staging"
  are the live releases met by no live staging deployment of the same service and version (``coalesce(details['ref'],
  version)`` on both sides). "Business hours" are Monday to Friday 09:00-17:00 UTC; "outside business hours ..., not
  counting the weekend" is Monday to Friday before 09:00 or from 17:00; silences are placed by ``created_at``.
- Kinds and shapes as in the forty-ninth set: alerts are the ``alerts`` view's rows (every column for a list);
  incidents ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` or, while it is NULL, until the
  asker's now; silences the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at``; changes their ``phase = 'live'`` reports ("deploys" and "deployments" ``type = 'deployment'``, so the
  auth-api v4.2.1 production deploy reported by two tools is two rows); a version is ``coalesce(details['ref'],
  version)``, the version "live in production now" that of the last live deployment or rollback up to now.
- Relations meet on service and canonical environment (``alerts.environment_canonical`` against the change's or
  incident's ``environment``): "within N minutes after a deploy / a flag change" is ``[t, t + N]``, "within an hour"
  60, "in the following 30 minutes" 30; "in the 30 minutes before the first payments-api alert yesterday" is ``[t - 30
  min, t]`` over the live production changes of every service but payments-api; "in the hour before the cart-service
  silence went on" ``[created_at - 60 min, created_at]`` over the live production changes (the silence's environment),
  scale events left out. "Checkout alerts in the 30 min after a payments-api deploy, not counting payments-api's own"
  are the checkout project's other services' alerts in the deploy's environment. A silence meets the other side on its
  service and, when it pins one, its environment: alerts "firing while a silence on the same svc was in effect" share
  a moment with its span; silences "made during incidents" and incidents "that had a silence put on during them" have
  the silence's ``created_at`` inside ``[opened_at, resolved_at or now]``; changes that "went out while an incident on
  the same service was still open" have their time inside that span; deploys that "went live while a silence was in
  effect" inside ``[starts_at, end)``; silences "made within an hour after an alert started on the same svc" have
  ``created_at`` in ``[starts_at, starts_at + 60 min]``. Acks name their alert by their ``alertname`` and ``service``
  equality matchers and count when taken while such an alert was on; in bx096 that includes the January query-suggest
  KubePodNotReady alert, never resolved, which was still on when kenji acked the February one. "Blamed as the suspect"
  is ``incident_suspects``: "whose deploys" counts distinct incidents per ``change_actor`` of suspect deployments;
  "which deployments were blamed" are the ``change_events`` deployments whose id is a suspect's; "incidents blamed on a
  deployment of a different service" and "not the ones where the suspect was on the same service" have
  ``change_service <> service``; "how many minutes before it its suspect change went live" is ``lag_s / 60``. "Early
  warnings ... only the ones from a different service" are the ``incident_warnings`` rows with ``same_service`` false.
  "Held back under silences created by anyone other than kenji" are the ``alert_mutes`` rows whose ``silenced_by``
  names such a silence. Named moments are read from the store: "yesterday's payments-api rollback went live" its live
  report on 11 March (14:56:37), "when maria put her cart-service silence on" its ``created_at``, "the New checkout flow
  flag was turned on in production" the earliest live production flag change whose summary names it, "payments-api
  v2.14.0 went live in production" its live production deployment; "the first alert on any other service" after it is
  the first alert of any service but payments-api, in any environment, at or after it.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones, alerts from ``starts_at`` to ``ends_at``), "hours of silence ... actually in place" the sum of each silence's
  real span in hours, "average scheduled length" ``starts_at`` to ``ends_at`` as the latest version says (the expired
  cart-service silence carries its expiry there); percentages ``round(100.0 * part / whole, 1)`` over the rows the
  question selects; "on average, how many alerts ... after each deploy" is the mean of the per-deploy counts, zeros
  included; "mean number of alerts per day" the mean over the days that had any; median and ``stddev_samp`` as named.
  "How long was checkout-web affected on Tuesday" runs from the first start to the last end of its Tuesday alerts but
  the one left out; "the earliest start and the latest end" is one row.
- Top-N answers ``value, count`` most first, ties by the value, and no tie crosses an N asked (bx058's third and fourth
  alert names differ by 0.2 minute). "Which hour" and "which day" are UTC buckets with their count. "For each
  production deployment ...: the service, the version and the number of alerts" is one row per deploy, 0 included.
- Refusals: the service "agro-dealer-api", the "pre-prod" environment, the service "buyback-pricing", the cluster
  "prod-eu-south-2" (the store has prod-eu-west-1 and staging-eu-west-1) and the person "jkessler" are ungrounded; the
  price of urea, a poem about Tashichho Dzong, a raise for a team, antifouling paint for a yacht and the moon phases
  are not about this data; deleting staging alerts, expiring silences, resolving incidents, silencing the indexer and
  changing alert severities ask to change the data.
"""

LILONGWE = "2025-03-12T08:00:00+00:00"
THIMPHU = "2025-03-13T03:30:00+00:00"
SPOKANE = "2025-03-14T15:00:00+00:00"
PLYMOUTH = "2025-03-13T09:15:00+00:00"
TUCSON = "2025-03-17T16:00:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "bx001",
        "filters",
        "Kindly show me the alerts of yesterday apart from the staging ones.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND environment_canonical <> 'staging'""",
        LILONGWE,
    ),
    (
        "bx002",
        "filters",
        "Which alerts came within 15 minutes after a deploy of their same service? Leave out search-api please.",
        """SELECT * FROM alerts a
           WHERE a.service <> 'search-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LILONGWE,
    ),
    (
        "bx003",
        "filters",
        "Moni. Which alerts are still firing now, but not the info ones?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')
             AND severity <> 'info'""",
        LILONGWE,
    ),
    (
        "bx004",
        "filters",
        "Kuzuzangpo la. May I know the critical alerts in production from the day before yesterday, except for the "
        "payments-api ones?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND service <> 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        THIMPHU,
    ),
    (
        "bx005",
        "filters",
        "Which production incidents did not get any suspect change la?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        THIMPHU,
    ),
    (
        "bx006",
        "filters",
        "Please show me all the alerts which did not come through alertmanager la.",
        """SELECT * FROM alerts WHERE source <> 'alertmanager'""",
        THIMPHU,
    ),
    (
        "bx007",
        "filters",
        "Could you pull this week's production deployments, excluding the automated Argo CD syncs?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND source <> 'argocd'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        SPOKANE,
    ),
    (
        "bx008",
        "filters",
        "I'd like a list of this week's deploys that had no alert on the same service in the 30 minutes after them.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SPOKANE,
    ),
    (
        "bx009",
        "filters",
        "Which services didn't alert at all on Wednesday?",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events)
           EXCEPT
           SELECT service FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        SPOKANE,
    ),
    (
        "bx010",
        "filters",
        "tues alerts, anything but critical, excl staging n excl indexer",
        """SELECT * FROM alerts
           WHERE severity <> 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND environment_canonical <> 'staging' AND service <> 'indexer'""",
        PLYMOUTH,
    ),
    (
        "bx011",
        "filters",
        "alerts that were firing while a silence on the same svc was in effect, not the indexer ones",
        """SELECT * FROM alerts a
           WHERE a.service <> 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        PLYMOUTH,
    ),
    (
        "bx012",
        "filters",
        "open incidents rn, not counting staging",
        """SELECT * FROM alert_groups
           WHERE environment <> 'staging'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 09:15:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-13 09:15:00+00')""",
        PLYMOUTH,
    ),
    (
        "bx013",
        "filters",
        "Please list all alerts that started in February 2025, with the exception of the TokenCacheEvictionsHigh "
        "alerts.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND name <> 'TokenCacheEvictionsHigh'""",
        TUCSON,
    ),
    (
        "bx014",
        "filters",
        "Please provide the production deployments made in 2025 that were not followed by a rollback of the same "
        "service within one hour.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        TUCSON,
    ),
    (
        "bx015",
        "filters",
        "Please list the production incidents opened in March 2025 that were not preceded by an early warning.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        TUCSON,
    ),
    # ------------------------------------------------------------------- time
    (
        "bx016",
        "time",
        "Today the first alert started at what time? Not counting the staging ones.",
        """SELECT min(starts_at) AS first_alert_at FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND environment_canonical <> 'staging'""",
        LILONGWE,
    ),
    (
        "bx017",
        "time",
        "Kindly give me the number of alerts per hour for yesterday, excluding search-api.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND service <> 'search-api'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        LILONGWE,
    ),
    (
        "bx018",
        "time",
        "Which alerts were still firing at the moment yesterday's payments-api rollback went live, apart from the "
        "payments-api ones themselves?",
        """SELECT * FROM alerts
           WHERE service <> 'payments-api'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        LILONGWE,
    ),
    (
        "bx019",
        "time",
        "On 11th March, at what time did the last production deploy go live, leaving aside the argocd ones la?",
        """SELECT max(timestamp) AS last_live_at FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND source <> 'argocd'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        THIMPHU,
    ),
    (
        "bx020",
        "time",
        "How many alerts were there on each day of this month la, without the staging ones?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 03:30:00+00'
             AND environment_canonical <> 'staging'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        THIMPHU,
    ),
    (
        "bx021",
        "time",
        "What all was firing at 15:00 UTC on 11th March la, other than payments-api?",
        """SELECT * FROM alerts
           WHERE service <> 'payments-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        THIMPHU,
    ),
    (
        "bx022",
        "time",
        "How long was checkout-web affected on Tuesday if you leave out the conversion-rate alert? Minutes is fine.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 15:00:00+00')))
                        - epoch(min(starts_at))) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'checkout-web' AND name <> 'CheckoutConversionRateDrop'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SPOKANE,
    ),
    (
        "bx023",
        "time",
        "Which hour this week had the most production alerts? Setting staging aside.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        SPOKANE,
    ),
    (
        "bx024",
        "time",
        "How many minutes after payments-api v2.14.0 went live in production did the first alert on any other "
        "service start?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(d.live_at)) / 60, 1) AS minutes
           FROM alerts a,
                (SELECT min(timestamp) AS live_at FROM change_events
                 WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
                   AND service = 'payments-api' AND coalesce(details['ref'], version) = 'v2.14.0') d
           WHERE a.service <> 'payments-api' AND a.starts_at >= d.live_at
           GROUP BY d.live_at""",
        SPOKANE,
    ),
    (
        "bx025",
        "time",
        "when did the last non-staging alert start",
        """SELECT max(starts_at) AS last_alert_at FROM alerts
           WHERE environment_canonical <> 'staging'""",
        PLYMOUTH,
    ),
    (
        "bx026",
        "time",
        "alerts per day over the last 7 days, minus the HighLatencyP99 flapping",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-06 09:15:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 09:15:00+00'
             AND name <> 'HighLatencyP99'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        PLYMOUTH,
    ),
    (
        "bx027",
        "time",
        "what was firing at 14:45 on tues excl payments-api n checkout-web",
        """SELECT * FROM alerts
           WHERE service NOT IN ('payments-api', 'checkout-web')
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        PLYMOUTH,
    ),
    (
        "bx028",
        "time",
        "How many alerts started in the two hours after the New checkout flow flag was turned on in production, "
        "excluding any on checkout-web?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE service <> 'checkout-web'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                 AND summary ILIKE '%New checkout flow%')
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                 AND summary ILIKE '%New checkout flow%') + INTERVAL 2 HOUR""",
        TUCSON,
    ),
    (
        "bx029",
        "time",
        "How many alerts started outside business hours last week (Monday 10 to Sunday 16 March), not counting the "
        "weekend?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND isodow(starts_at) BETWEEN 1 AND 5
             AND (hour(starts_at) < 9 OR hour(starts_at) >= 17)""",
        TUCSON,
    ),
    (
        "bx030",
        "time",
        "What were the earliest start and the latest end of the payments-api alerts on 11 March, leaving aside the "
        "HikariPoolPendingConnections alert?",
        """SELECT min(starts_at) AS first_start,
                  CASE WHEN bool_or(ends_at IS NULL) THEN NULL ELSE max(ends_at) END AS last_end
           FROM alerts
           WHERE service = 'payments-api' AND name <> 'HikariPoolPendingConnections'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TUCSON,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "bx031",
        "aggregates",
        "I am requesting the total number of alerts for yesterday, not counting staging.",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND environment_canonical <> 'staging'""",
        LILONGWE,
    ),
    (
        "bx032",
        "aggregates",
        "Kindly, what is the average time to resolve for production incidents, apart from the payments-api ones?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE environment = 'production' AND service <> 'payments-api'
             AND resolved_at IS NOT NULL""",
        LILONGWE,
    ),
    (
        "bx033",
        "aggregates",
        "How many deploys had no alert on the same service in the 15 minutes after them? Leave out the ones argocd "
        "did.",
        """SELECT count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source <> 'argocd'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LILONGWE,
    ),
    (
        "bx034",
        "aggregates",
        "What percentage of alerts were critical la, leaving out the staging environment?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE environment_canonical <> 'staging'""",
        THIMPHU,
    ),
    (
        "bx035",
        "aggregates",
        "On average, how many alerts came in the 30 minutes after each production deploy la, not counting the "
        "argocd deploys?",
        """SELECT round(avg(n), 1) AS avg_alerts_per_deploy FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.source <> 'argocd'
               GROUP BY c.id)""",
        THIMPHU,
    ),
    (
        "bx036",
        "aggregates",
        "What is the average snooze length in minutes la, excluding jonas's snoozes?",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_snooze_minutes FROM audit_log
           WHERE action = 'snooze' AND actor NOT ILIKE '%jonas%'""",
        THIMPHU,
    ),
    (
        "bx037",
        "aggregates",
        "What's our median time to resolve for production incidents, ignoring any that are still open?",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes_to_resolve
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        SPOKANE,
    ),
    (
        "bx038",
        "aggregates",
        "What share of this week's production deployments were followed by an alert on the same service within 15 "
        "minutes? Exclude the Argo CD ones.",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                          SELECT 1 FROM alerts a
                          WHERE a.service = c.service AND a.environment_canonical = c.environment
                            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
                      THEN 1 ELSE 0 END) / count(*), 1) AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.source <> 'argocd'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        SPOKANE,
    ),
    (
        "bx039",
        "aggregates",
        "How many incidents overall had no early warning before them, not counting staging?",
        """SELECT count(*) AS incidents FROM alert_groups
           WHERE environment <> 'staging'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        SPOKANE,
    ),
    (
        "bx040",
        "aggregates",
        "how many silences not made by kenji",
        """SELECT count(*) AS silences FROM silences WHERE created_by NOT ILIKE '%kenji%'""",
        PLYMOUTH,
    ),
    (
        "bx041",
        "aggregates",
        "avg alert duration on tues in mins, resolved ones only, excl indexer",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved' AND service <> 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PLYMOUTH,
    ),
    (
        "bx042",
        "aggregates",
        "how many alerts were firing at some point while a silence on the same svc was on? excl indexer",
        """SELECT count(*) AS alerts FROM alerts a
           WHERE a.service <> 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        PLYMOUTH,
    ),
    (
        "bx043",
        "aggregates",
        "What was the mean number of alerts per day in February 2025, excluding the TokenCacheEvictionsHigh alerts?",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (
               SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND name <> 'TokenCacheEvictionsHigh'
               GROUP BY day)""",
        TUCSON,
    ),
    (
        "bx044",
        "aggregates",
        "What percentage of the incidents opened in February 2025 had a suspect change, excluding the token-service "
        "incidents?",
        """SELECT round(100.0 * sum(CASE WHEN id IN (SELECT group_id FROM incident_suspects) THEN 1 ELSE 0 END)
                        / count(*), 1) AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND service <> 'token-service'""",
        TUCSON,
    ),
    (
        "bx045",
        "aggregates",
        "Please report the standard deviation, in minutes, of the durations of production alerts that started in "
        "March 2025, exclusive of alerts that have not resolved.",
        """SELECT round(stddev_samp(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS stddev_minutes FROM alerts
           WHERE environment_canonical = 'production' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 16:00:00+00'""",
        TUCSON,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "bx046",
        "top_n",
        "Which 2 services had the most alerts yesterday, apart from search-api?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND service <> 'search-api'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        LILONGWE,
    ),
    (
        "bx047",
        "top_n",
        "Who made the most production changes this month? Leave out argocd and the deployment-controller.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        LILONGWE,
    ),
    (
        "bx048",
        "top_n",
        "Apart from staging, which service had the most incidents with no suspect change?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE environment <> 'staging'
             AND id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        LILONGWE,
    ),
    (
        "bx049",
        "top_n",
        "Which alert name fired the most times la, excluding HighLatencyP99?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE name <> 'HighLatencyP99'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        THIMPHU,
    ),
    (
        "bx050",
        "top_n",
        "Top 3 services by error log lines in production la, besides payments-api.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production' AND service <> 'payments-api'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        THIMPHU,
    ),
    (
        "bx051",
        "top_n",
        "Whose deploys were blamed as the suspect for the most incidents la? Not the automated ones.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
             AND change_actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        THIMPHU,
    ),
    (
        "bx052",
        "top_n",
        "Which two services had the most alerts this month? Production only, so set staging aside.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        SPOKANE,
    ),
    (
        "bx053",
        "top_n",
        "Who has acknowledged the most alerts, not counting Sade?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack' AND actor NOT ILIKE '%sade%'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        SPOKANE,
    ),
    (
        "bx054",
        "top_n",
        "Which two services had the most alerts within an hour after one of their own deploys, excluding Argo CD "
        "syncs?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source <> 'argocd'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 2""",
        SPOKANE,
    ),
    (
        "bx055",
        "top_n",
        "top 3 alertnames all time, excl anything on indexer",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service <> 'indexer'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        PLYMOUTH,
    ),
    (
        "bx056",
        "top_n",
        "which day in feb had the most alerts, not counting the tokencache ones",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND name <> 'TokenCacheEvictionsHigh'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 1""",
        PLYMOUTH,
    ),
    (
        "bx057",
        "top_n",
        "who made the most silences during incidents, not counting kenji",
        """SELECT s.created_by, count(*) AS silences FROM silences s
           WHERE s.created_by NOT ILIKE '%kenji%'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 09:15:00+00'))
           GROUP BY s.created_by
           ORDER BY silences DESC, s.created_by
           LIMIT 1""",
        PLYMOUTH,
    ),
    (
        "bx058",
        "top_n",
        "Identify the three alert names with the longest average duration in February 2025, excluding alerts that "
        "did not resolve.",
        """SELECT name, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY name
           ORDER BY avg_minutes DESC, name
           LIMIT 3""",
        TUCSON,
    ),
    (
        "bx059",
        "top_n",
        "Which service had the most incidents blamed on a change, excluding payments-api?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE service <> 'payments-api'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        TUCSON,
    ),
    (
        "bx060",
        "top_n",
        "Provide the two people who created the most silences so far this year, excluding silences that were "
        "expired early.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE NOT expired_early
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 2""",
        TUCSON,
    ),
    # ---------------------------------------------------------------- changes
    (
        "bx061",
        "changes",
        "Kindly list the changes that went live yesterday in production, excluding the scale events.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND type <> 'scale'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LILONGWE,
    ),
    (
        "bx062",
        "changes",
        "Which version of payments-api is live in production now? Not the staging one.",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        LILONGWE,
    ),
    (
        "bx063",
        "changes",
        "Which changes happened in the 30 minutes before the first payments-api alert yesterday, apart from "
        "payments-api's own changes?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND service <> 'payments-api'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        LILONGWE,
    ),
    (
        "bx064",
        "changes",
        "Which flags were changed la, other than in production?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment <> 'production'""",
        THIMPHU,
    ),
    (
        "bx065",
        "changes",
        "May I know who did the config changes la, excluding dev.patel?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND actor NOT ILIKE '%dev.patel%'""",
        THIMPHU,
    ),
    (
        "bx066",
        "changes",
        "Which staging deploys were not followed by any alert within one hour la?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        THIMPHU,
    ),
    (
        "bx067",
        "changes",
        "Please list this week's deployments made by people, not by argocd or the deployment controller.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        SPOKANE,
    ),
    (
        "bx068",
        "changes",
        "Which services had no production deploys this week?",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events)
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        SPOKANE,
    ),
    (
        "bx069",
        "changes",
        "Which changes went out while an incident on the same service was still open? Leave out the Kubernetes "
        "scale events.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.type <> 'scale'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 15:00:00+00'))""",
        SPOKANE,
    ),
    (
        "bx070",
        "changes",
        "non-prod deploys on tues, minus the argocd ones",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment <> 'production'
             AND source <> 'argocd'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PLYMOUTH,
    ),
    (
        "bx071",
        "changes",
        "releases that never got deployed to staging",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version))""",
        PLYMOUTH,
    ),
    (
        "bx072",
        "changes",
        "what changed in the hour before the cart-service silence went on? not counting scale events",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND type <> 'scale' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
                                   - INTERVAL 60 MINUTE
                               AND (SELECT min(created_at) FROM silences WHERE service = 'cart-service')""",
        PLYMOUTH,
    ),
    (
        "bx073",
        "changes",
        "Please list the changes made in production in March 2025 by a person rather than by automation, exclusive "
        "of flag changes.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND type <> 'flag_change'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 16:00:00+00'""",
        TUCSON,
    ),
    (
        "bx074",
        "changes",
        "For each production deployment in March 2025 other than those by Argo CD, please provide the service, the "
        "version and the number of alerts on that service in the following 30 minutes.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.source <> 'argocd'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        TUCSON,
    ),
    (
        "bx075",
        "changes",
        "Which deployments were blamed as the suspect for an incident, excluding the payments-api v2.14.0 production "
        "deploy?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment'
             AND c.id IN (SELECT change_id FROM incident_suspects)
             AND NOT (c.service = 'payments-api' AND c.environment = 'production'
                      AND coalesce(c.details['ref'], c.version) = 'v2.14.0')""",
        TUCSON,
    ),
    # --------------------------------------------------------------- silences
    (
        "bx076",
        "silences",
        "Kindly show me the silences apart from the indexer ones.",
        """SELECT * FROM silences WHERE service IS DISTINCT FROM 'indexer'""",
        LILONGWE,
    ),
    (
        "bx077",
        "silences",
        "Which production silences were never expired by hand?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production' AND expired_at IS NULL""",
        LILONGWE,
    ),
    (
        "bx078",
        "silences",
        "When maria put her cart-service silence on, which alerts were still firing at that moment, other than the "
        "cart-service one?",
        """SELECT * FROM alerts
           WHERE service <> 'cart-service'
             AND starts_at <= (SELECT min(created_at) FROM silences
                               WHERE created_by ILIKE '%maria%' AND service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE created_by ILIKE '%maria%' AND service = 'cart-service'))""",
        LILONGWE,
    ),
    (
        "bx079",
        "silences",
        "Which silences have a comment that is not about the reindex la?",
        """SELECT * FROM silences WHERE comment NOT ILIKE '%reindex%'""",
        THIMPHU,
    ),
    (
        "bx080",
        "silences",
        "How many silences did each person create la, not counting the weekly reindex ones?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE comment NOT ILIKE '%weekly full reindex%'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        THIMPHU,
    ),
    (
        "bx081",
        "silences",
        "Which indexer silences never muted any alert la?",
        """SELECT * FROM silences s
           WHERE s.service = 'indexer'
             AND NOT EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        THIMPHU,
    ),
    (
        "bx082",
        "silences",
        "How many hours of silence did each person actually have in place this quarter, leaving out the reindex "
        "silences?",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           WHERE comment NOT ILIKE '%reindex%'
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY created_by
           ORDER BY hours DESC, created_by""",
        SPOKANE,
    ),
    (
        "bx083",
        "silences",
        "Which incidents had a silence put on during them, other than the indexer incidents?",
        """SELECT * FROM alert_groups g
           WHERE g.service <> 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 15:00:00+00'))""",
        SPOKANE,
    ),
    (
        "bx084",
        "silences",
        "Which silences were created outside business hours, excluding the reindex ones?",
        """SELECT * FROM silences
           WHERE comment NOT ILIKE '%reindex%'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        SPOKANE,
    ),
    (
        "bx085",
        "silences",
        "silences that were on at 02:30 on wed (12th), not the indexer ones",
        """SELECT * FROM silences
           WHERE service IS DISTINCT FROM 'indexer'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:30:00+00')""",
        PLYMOUTH,
    ),
    (
        "bx086",
        "silences",
        "silences by jonas or kenji that werent for a reindex",
        """SELECT * FROM silences
           WHERE (created_by ILIKE '%jonas%' OR created_by ILIKE '%kenji%')
             AND comment NOT ILIKE '%reindex%'""",
        PLYMOUTH,
    ),
    (
        "bx087",
        "silences",
        "silences made within an hour after an alert started on the same svc, not counting indexer ones",
        """SELECT * FROM silences s
           WHERE s.service IS DISTINCT FROM 'indexer'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        PLYMOUTH,
    ),
    (
        "bx088",
        "silences",
        "Please list the silences created in February 2025, excluding those whose matchers include a metric label.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND NOT list_contains([m.name FOR m IN matchers], 'metric')""",
        TUCSON,
    ),
    (
        "bx089",
        "silences",
        "What was the average scheduled length, in minutes, of the silences created in March 2025, exclusive of the "
        "nightly reindex silences?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_scheduled_minutes FROM silences
           WHERE comment NOT ILIKE '%nightly reindex%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 16:00:00+00'""",
        TUCSON,
    ),
    (
        "bx090",
        "silences",
        "Which alerts did Alertmanager hold back under silences created by anyone other than kenji?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE list_contains(m.silenced_by, s.silence_id) AND s.created_by NOT ILIKE '%kenji%')""",
        TUCSON,
    ),
    # ------------------------------------------------------------------ joins
    (
        "bx091",
        "joins",
        "Kindly list the production alerts that started within 15 minutes after a flag change on the same service, "
        "not counting checkout-web.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production' AND a.service <> 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LILONGWE,
    ),
    (
        "bx092",
        "joins",
        "Show me yesterday's incidents with their suspect change, but not the ones where the suspect was on the same "
        "service.",
        """SELECT * FROM incident_suspects
           WHERE change_service <> service
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LILONGWE,
    ),
    (
        "bx093",
        "joins",
        "Which people made a deploy but never acked any alert? Leave out argocd. Zikomo.",
        """SELECT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor <> 'argocd (automated)'
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        LILONGWE,
    ),
    (
        "bx094",
        "joins",
        "May I know the early warnings before each incident la, only the ones from a different service than the "
        "incident?",
        """SELECT * FROM incident_warnings WHERE NOT same_service""",
        THIMPHU,
    ),
    (
        "bx095",
        "joins",
        "Which production deploys were not followed by an incident on the same service within one hour la, except "
        "the argocd ones?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.source <> 'argocd'
             AND NOT EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        THIMPHU,
    ),
    (
        "bx096",
        "joins",
        "Which alerts were acknowledged while they were still firing la, not counting sade's acks?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM audit_log k
               WHERE k.action = 'ack' AND k.actor NOT ILIKE '%sade%'
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                   'alertname=' || a.name)
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                   'service=' || a.service)
                 AND k.timestamp >= a.starts_at
                 AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        THIMPHU,
    ),
    (
        "bx097",
        "joins",
        "Which deploys this week were followed by a critical alert on the same service within an hour, excluding "
        "Argo CD's?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source <> 'argocd'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        SPOKANE,
    ),
    (
        "bx098",
        "joins",
        "Who created silences during incidents? Leave Kenji out of it.",
        """SELECT DISTINCT s.created_by FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
            AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 15:00:00+00')
           WHERE s.created_by NOT ILIKE '%kenji%'""",
        SPOKANE,
    ),
    (
        "bx099",
        "joins",
        "Which incidents were blamed on a deployment of a different service, setting aside the checkout-web ones?",
        """SELECT * FROM incident_suspects
           WHERE change_type = 'deployment' AND change_service <> service AND service <> 'checkout-web'""",
        SPOKANE,
    ),
    (
        "bx100",
        "joins",
        "incidents w/o early warnings, excl staging + excl anything still open",
        """SELECT * FROM alert_groups
           WHERE environment <> 'staging' AND resolved_at IS NOT NULL
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        PLYMOUTH,
    ),
    (
        "bx101",
        "joins",
        "checkout alerts in the 30 min after a payments-api deploy, not counting payments-api's own",
        """SELECT * FROM alerts a
           WHERE a.project = 'checkout' AND a.service <> 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PLYMOUTH,
    ),
    (
        "bx102",
        "joins",
        "ppl who silenced stuff but never acked anything",
        """SELECT created_by AS person FROM silences
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        PLYMOUTH,
    ),
    (
        "bx103",
        "joins",
        "For each incident in February 2025 other than the TokenCacheEvictionsHigh ones, please give the service, "
        "the time it opened and how many minutes before it its suspect change went live.",
        """SELECT service, opened_at, round(lag_s / 60, 1) AS minutes_before FROM incident_suspects
           WHERE group_labels['alertname'] <> 'TokenCacheEvictionsHigh'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        TUCSON,
    ),
    (
        "bx104",
        "joins",
        "Please list the production incidents of 2025 that had neither an early warning nor a suspect change.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        TUCSON,
    ),
    (
        "bx105",
        "joins",
        "Please list the deployments in 2025 that went live while a silence on the same service was in effect, "
        "excluding the indexer.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service <> 'indexer'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        TUCSON,
    ),
    # --------------------------------------------------------------- refusals
    (
        "bx106",
        "refusals",
        "What is the price of a 50 kg bag of urea this season, not counting transport?",
        "not_about_this_data",
        LILONGWE,
    ),
    (
        "bx107",
        "refusals",
        "Kindly delete all the staging alerts, leave the production ones.",
        "asks_to_change_data",
        LILONGWE,
    ),
    (
        "bx108",
        "refusals",
        "Kindly show me the alerts for agro-dealer-api, apart from staging.",
        "ungrounded",
        LILONGWE,
    ),
    (
        "bx109",
        "refusals",
        "May I know the alerts in the pre-prod environment la, except the info ones?",
        "ungrounded",
        THIMPHU,
    ),
    (
        "bx110",
        "refusals",
        "Please write a short poem about Tashichho Dzong la, not more than four lines.",
        "not_about_this_data",
        THIMPHU,
    ),
    (
        "bx111",
        "refusals",
        "Kindly expire all the silences la, except the cart-service one.",
        "asks_to_change_data",
        THIMPHU,
    ),
    (
        "bx112",
        "refusals",
        "What's a fair raise for my team this year, not counting bonuses?",
        "not_about_this_data",
        SPOKANE,
    ),
    (
        "bx113",
        "refusals",
        "How many alerts did buyback-pricing have this week, excluding staging?",
        "ungrounded",
        SPOKANE,
    ),
    (
        "bx114",
        "refusals",
        "Please mark every open incident as resolved except the checkout-web one.",
        "asks_to_change_data",
        SPOKANE,
    ),
    (
        "bx115",
        "refusals",
        "silence everything on indexer for 2h except DiskSpaceLow",
        "asks_to_change_data",
        PLYMOUTH,
    ),
    (
        "bx116",
        "refusals",
        "alerts on cluster prod-eu-south-2, excl warnings",
        "ungrounded",
        PLYMOUTH,
    ),
    (
        "bx117",
        "refusals",
        "best antifoul for a 30ft yacht thats not copper based?",
        "not_about_this_data",
        PLYMOUTH,
    ),
    (
        "bx118",
        "refusals",
        "Please list the changes made by jkessler in March, excluding flag changes.",
        "ungrounded",
        TUCSON,
    ),
    (
        "bx119",
        "refusals",
        "Please list the moon phases for next week's observing run, excluding the new moon.",
        "not_about_this_data",
        TUCSON,
    ),
    (
        "bx120",
        "refusals",
        "Please update the severity of all warning alerts to info, with the exception of payments-api.",
        "asks_to_change_data",
        TUCSON,
    ),
]
