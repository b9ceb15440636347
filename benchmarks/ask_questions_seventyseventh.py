"""The seventy-seventh ask question set: ids sy001..sy120, 15 per category.

Written by an outside author who saw neither the parser nor its tests nor the paraphrases, at the same time as the
seventy-sixth set's author, whose file was never opened. What the author read, and nothing else: the brief
(``h_set_common.md``; the notes folder was listed and held only it); ``DESIGN.md`` whole; ``docs/store.md`` whole (the
terminal cut its middle, which was printed again by line range); the headings of ``docs/ask.md`` listed with grep and
its "Shapes and joins" section alone, printed by line range in two pieces (taken as the rules for the shape of every
gold answer); the module docstring of ``ask_questions`` (its middle, cut by the terminal, printed again by range) and
the code of its ``_question`` and ``validate``; the module docstrings of the earlier sets, printed with ``ast`` into a
scratch file and grepped for people, cities, organisations and languages (the forty-ninth's read whole, its
"Conventions" followed where a question leaves room; a few lines around the Welsh, Korean, paywall and ferry hits read
to see who had spoken); the first ten rows of ``ask_questions_thirtieth`` imported in Python and the lines defining its
now constants (one grep), for the format; the signature of ``sql_guard.safe`` (to call the gate, not its code); and
the demo store, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC,
the day of the payments-api v2.14.0 outage). Beyond that only file names seen in listings of ``benchmarks/`` and an
empty ``git status``. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind
(``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``); any other gold is one DuckDB SELECT over the
documented tables and views, each passed through the gate and run on the copy, each returning rows.

Five people ask, none of whom an earlier docstring names (no Kingston, Keswick or Cumbria, Gothenburg, Antwerp or
Hyderabad; no Jamaican, Cumbrian, Persian or Telugu voice; no crowdfunding platform, mountain rescue team, regional
newspaper, cold-chain pharmaceutical wholesaler or online exam-proctoring platform). Each asks three questions in every
category (24 each, three of them refusals), with their own now:

- the payments on-call of a crowdfunding platform in Kingston, Jamaica, whose pledge checkout pays through the
  checkout project, at 08:00 EST on Wednesday 12 March (2025-03-12 13:00 UTC), writing in Jamaican Patois-flavoured
  English ("wah" what, "di" the, plural "dem" after a noun, "pon" on, "inna" in, "afta", "fi" for/to, "mi" I/me, "a"
  is/it is, "yesiday", "jus", "tings", "weh" that/which, "wid" with, "cyaan tek"); the team's dashboards run on UTC;
- the volunteer IT officer of a fell mountain rescue team in Keswick, who keeps the call-out app and the donations
  page (paid through the checkout services) running, at 08:45 GMT on Saturday 15 March (2025-03-15 08:45 UTC), in
  Cumbrian English ("owt", "nowt", "nobbut" only, "laal" little, "yan" one, "marra" mate, "Tuesday gone" for the
  last Tuesday, "ower" over, "neet" night, "gi' us", "like" and "mind" at the end, "was" for were, "each body");
- a developer on the paywall and subscriptions team of a regional newspaper in Gothenburg, whose subscribers log in
  through the identity services and pay through checkout, at 08:40 CET on Thursday 13 March (2025-03-13 07:40 UTC),
  whose first language is Persian: articles dropped, "was" and "has" for were and have, "how much incidents",
  "Please," first, "Merci", "Khob" (well), once the Persian date beside the Gregorian one ("Tuesday 21 Esfand (11
  March)"); writes UTC;
- the GDP Responsible Person (quality assurance) of a cold-chain pharmaceutical wholesaler in Antwerp, whose order
  portal pays through checkout, preparing a periodic quality review, at 10:00 CET on Monday 17 March (2025-03-17
  09:00 UTC): long formal sentences full of conditions ("provided that", "on the understanding that", "irrespective
  of whether", "there being no need to"), dates with their year, UTC stated;
- the on-call engineer of an online exam-proctoring platform in Hyderabad whose candidates log in through the
  identity services, at 17:30 IST on Friday 14 March (2025-03-14 12:00 UTC), first language Telugu, writing Indian
  English ("itself" and "only" for emphasis, "what all", "who all", "kindly", "revert", "do the needful", "na",
  "svc", "no. of", lower case); the rota sheet runs on UTC.

43 of the 105 questions that are not refusals relate two kinds of record: filters sy002, sy005, sy008, sy011, sy015
(alerts after a named deploy, incidents after deploys, deploys followed by alerts, alerts after deploys, alerts after
a config change); time sy019, sy024, sy026, sy028 (changes in the hour before the first payments-api alert, warnings
after the v2.14.0 deploy, minutes from that deploy to the first payments-api incident, the last five alerts before
the rollback went live); aggregates sy033, sy038, sy040, sy041, sy045 (alerts after each payments-api deploy,
incidents with an early warning, the share of deploys followed by an alert, the suspects' mean lag, the mean count of
alerts after staging deploys); top_n sy048, sy054, sy056, sy059 (alerts after a service's own deploys, warnings before
each service's incidents, whose changes were suspects, incidents with a suspect per service); changes sy063, sy065,
sy068, sy069, sy071 (deploys blamed for incidents, deploys with no alert after, changes while an incident was open,
config changes followed by an incident, changes before the first checkout-web alert); silences sy077, sy078, sy081,
sy083, sy087 (silences in effect when v2.14.0 went live, alerts Alertmanager held back per silence, indexer alerts
firing under an indexer silence, silences created during incidents, silences that held something back); and all
fifteen joins (sy091..sy105). Changes met by changes of another type (sy017, sy072, sy074) are not counted.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (their boards and sheets run on UTC), so no
  question is read in another zone. The nows: Kingston 2025-03-12 13:00, Keswick Saturday 2025-03-15 08:45,
  Gothenburg 2025-03-13 07:40, Antwerp Monday 2025-03-17 09:00, Hyderabad Friday 2025-03-14 12:00, all after every
  record. "Yesiday" (Kingston), "Tuesday", "Tuesday gone", "21 Esfand (11 March)" and "11 March 2025" are
  ``[2025-03-11, 2025-03-12)``; "Wednesday" (Keswick) ``[2025-03-12, 2025-03-13)``; "this week" ``[2025-03-10,
  now]``; "this month", "in March", "from March 1 till now" from 2025-03-01 to now; "this year" and "since 1 January
  2025" from 2025-01-01 to now; "since February 1", "from 1st feb onwards" and "since 1 February 2025" from 2025-02-01
  to now; "between 1 February and 28 February 2025 inclusive" ``[2025-02-01, 2025-03-01)``; "the week commencing 10
  March 2025" ``[2025-03-10, 2025-03-17)``; "last 7 days" ``(now - 7 days, now]``. Clock ranges include their start
  and exclude their end: "between 6 and 8 at neet" on Tuesday ``[18:00, 20:00)``, "tuesday night 10 pm till wednesday
  morning 6 am" ``[2025-03-11 22:00, 2025-03-12 06:00)``, "overnight ... 18:00 to 06:00" likewise across the two days.
  A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a log line's
  ``timestamp``). "Still firing right now", "still a fire", "as of now" are the state at now; "at 2:45 yesiday
  afternoon, exact" the state at 2025-03-11 14:45; "was firing ... between 14:00 and 15:00" on at some moment of it
  (started before 15:00, not ended by 14:00); "active on Tuesday at 03:00" / "at 10 am" a silence in effect at that
  instant; "in effect at any moment on 11 March" a silence whose real span meets that day.
- Alerts are the ``alerts`` view's rows (every column for a list); "warning severity" is ``severity = 'warning'``;
  "the checkout project", "checkout alerts" and "checkout incidents" are ``project = 'checkout'``; incidents are
  ``alert_groups`` rows, open from ``opened_at`` to ``resolved_at`` (to now while NULL); silences are the ``silences``
  view's rows, in place from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place",
  "actually on for"), "as they were set" / "scheduled length" from ``starts_at`` to ``ends_at``. Changes are their
  ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools,
  is two rows), "rollbacks", "config changes", "flags flipped/toggled", "releases" their types, "scale-downs" scale
  events whose ``details['replicas_to']`` is below ``details['replicas_from']``, "changes of any type" every live
  report. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` / ``change_version`` in the
  incident views); the version "a run inna prod right now" is that of the last live deployment or rollback there.
  "Only humans, not argocd and not deployment-controller" leaves out ``argocd (automated)`` and
  ``deployment-controller``; people are as stored ("maria's" is ``created_by ILIKE '%maria%'``). "Who" answers the
  people once each; "who an' when" the actor and time of each act. "Mention connection" is the word in the alert's
  name, summary or description. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``.
- Relations keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``): "within N minutes after" / "in the next N minutes" / "in the hour after" is ``[t,
  t + N]``, "in the hour before" / "thirty minutes preceding" ``[t - N, t]`` (changes of the production environment,
  any service, in sy019; of the checkout project in production in sy071); "after payments-api v2.14.0 go live inna
  prod" is the window from that one live production deployment (2025-03-11 14:31:22), on the project named (sy002) or
  on every service ("from any service", sy024); "till di rollback go live" runs to the first live production rollback
  of payments-api at or after it; "the first payments-api incident thereafter" is the first payments-api incident
  opened at or after it; "the last 5 alerts before the payments-api rollback went live on tuesday" are the five latest
  alerts of any service that started strictly before it, newest first. "How long payments-api was down on tuesday"
  runs from the first of that day's payments-api alerts' start to the last one's end. A silence meets the other side
  on its service and, when it pins one, its environment: indexer alerts "firing while a silence on indexer was in
  effect" share a moment with its real span (an alert still firing lasts until now); silences "created while incident
  on same service was open" were created inside the incident's span, ends included; silences "created within one
  hour after the start of an alert on the same service" in ``[start, start + 60 min]``, one row per pair; "silence
  did a run when payments-api v2.14.0 go live" are in effect at that instant; deploys "to a service which was silenced
  at that time" fall inside a silence's real span. Changes "made in production while incident on same service was
  open" have their time inside the incident's span, ends included (now for open incidents). Incidents "within the hour
  after a production deploy" opened in ``[t, t + 60]``; config changes "followed by incident ... in 30 minutes" are met
  by an incident opening in ``[t, t + 30]``; deployments "followed within one hour by a rollback" by a live rollback
  of that service and environment in ``[t, t + 60]``; releases "reached production within one hour" by a live
  production deployment of the same version and service in ``[t, t + 60]``. "Checkout-web alerts within 10 minutes
  after a payments-api alert" meet payments-api alerts of the same environment. Early warnings meet changes on their
  ``service`` and ``environment`` labels. "Suspect" is ``incident_suspects``: "incidents wid dem suspect change" its
  rows; "deploys blamed fi causing incident" the ``change_events`` deployments that are some incident's suspect;
  "incidents caused by flag changes" its rows of ``change_type = 'flag_change'``; "no suspect change" an anti-join; the
  "mean interval between the suspect change and the opening" is ``avg(lag_s) / 60``; "whose changes most frequently
  designated the suspect" counts distinct incidents per ``change_actor``. "Early warning before" is
  ``incident_warnings`` (every column for "di early warning dem weh come before each checkout incident"); "top 3 log
  patterns before each payments-api incident" is ``incident_log_patterns`` with ``group_service = 'payments-api'`` and
  ``rank <= 3``; "how ... get fix" joins ``alert_groups`` to ``resolutions``; "no resolution written" none in
  ``resolutions``. "For each" is one row per thing with 0 where none met (a ``LEFT JOIN``): per deploy its time (or
  service), version and count; per payments-api production warning of 11 March its id, kind, start and count. "Held
  back" is ``alert_mutes`` by ``silenced_by``; "under each silence ... even di one dem wid zero" lists every silence.
  "Services that got alerts within 15 mins after their own deployments" are the alerts' services, each once.
- Aggregates: durations in minutes to one decimal (hours for "hours"), incidents from ``opened_at`` to
  ``resolved_at`` of the resolved ones, alerts from ``starts_at`` to ``ends_at`` of the resolved ones where a length
  is measured; "average alerts per day this month" the mean of the daily counts of days that had alerts;
  percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects (sy037 every alert of the last 7
  days, sy040 every live production deployment since 1 January); "on an average how many alerts ... after each
  deployment in staging" the mean of per-deploy counts, 0 included; "total log lines and error lines per environment"
  two counts side by side; counts per value most first.
- Top-N answers ``value, count`` (or the measure) most first, ties by the value, with every N asked one no tie crosses
  ("top 4" because the fifth place is a tie; "jus di top one", "one name", "just di one", "only top 1" one row).
  "Which service had most early warnings before its incidents, all together" counts ``incident_warnings`` rows per
  incident service. "Which two hours of Tuesday" are the UTC hour starts.
- Refusals: the services "pledge-service", "callout-api" and "proctor-stream", the cluster "prod-eu-central-1", the
  person "an.peeters" and the "validation" environment are ungrounded; the weather in Kingston, a poem about
  Helvellyn, a Varnish configuration for paywall pages, a mean kinetic temperature and tax on invigilators' pay are not
  about this data; muting payments-api, deleting staging alerts, expiring a silence, recording a resolution and
  acking alerts ask to change the data.
"""

KIN = "2025-03-12T13:00:00+00:00"
KES = "2025-03-15T08:45:00+00:00"
GOT = "2025-03-13T07:40:00+00:00"
ANT = "2025-03-17T09:00:00+00:00"
HYD = "2025-03-14T12:00:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "sy001",
        "filters",
        "wah alert dem did fire pon payments-api yesiday? gimme di whole list, every column",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KIN,
    ),
    (
        "sy002",
        "filters",
        "show mi di checkout alert dem weh start inna di 15 minute afta payments-api v2.14.0 go live inna prod",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        KIN,
    ),
    (
        "sy003",
        "filters",
        "which alert dem wid warning severity still a fire right now inna production?",
        """SELECT * FROM alerts
           WHERE severity = 'warning' AND environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 13:00:00+00')""",
        KIN,
    ),
    (
        "sy004",
        "filters",
        "What alerts kicked off on the search project Tuesday gone between 6 and 8 at neet? UTC. Whole rows, like.",
        """SELECT * FROM alerts
           WHERE project = 'search'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 20:00:00+00'""",
        KES,
    ),
    (
        "sy005",
        "filters",
        "Gi' us the incidents that opened within the hour after a production deploy o' the same service, marra.",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        KES,
    ),
    (
        "sy006",
        "filters",
        "indexer alerts in production that lasted ower half an hour - nobbut the ones that've finished, mind",
        """SELECT * FROM alerts
           WHERE service = 'indexer' AND environment_canonical = 'production'
             AND status = 'resolved'
             AND ends_at - starts_at > INTERVAL 30 MINUTE""",
        KES,
    ),
    (
        "sy007",
        "filters",
        "Please, give me list of alerts of identity project on staging from start of this week until now. Merci.",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:40:00+00'""",
        GOT,
    ),
    (
        "sy008",
        "filters",
        "Which deploys to production was followed by alert on same service in 15 minutes? I need the deploys, not "
        "alerts.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        GOT,
    ),
    (
        "sy009",
        "filters",
        "Khob, show me alerts that mention connection, in the name or in summary or description. All time.",
        """SELECT * FROM alerts
           WHERE name ILIKE '%connection%'
              OR annotations['summary'] ILIKE '%connection%'
              OR annotations['description'] ILIKE '%connection%'""",
        GOT,
    ),
    (
        "sy010",
        "filters",
        "For the purposes of our quarterly quality review, and provided that only the production environment is "
        "considered, please list every alert of critical severity that began between 1 February and 28 February 2025 "
        "inclusive, irrespective of whether it has since been resolved.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        ANT,
    ),
    (
        "sy011",
        "filters",
        "On the understanding that only a deployment reported as live is to be taken into account, and that the "
        "alert must concern the same service in the same environment, please list those alerts on services of the "
        "checkout project in production which began within thirty minutes after a production deployment.",
        """SELECT * FROM alerts a
           WHERE a.project = 'checkout' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        ANT,
    ),
    (
        "sy012",
        "filters",
        "Please list the early warnings raised for the checkout project whose deviation exceeded ten standard "
        "deviations (sigma above 10), whether or not they have since returned to normal.",
        """SELECT * FROM warnings
           WHERE labels['project'] = 'checkout' AND sigma > 10""",
        ANT,
    ),
    (
        "sy013",
        "filters",
        "kindly share the auth-api alerts which are still firing as of now itself",
        """SELECT * FROM alerts
           WHERE service = 'auth-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 12:00:00+00')""",
        HYD,
    ),
    (
        "sy014",
        "filters",
        "what all alerts came in staging from tuesday night 10 pm till wednesday morning 6 am? UTC only na",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        HYD,
    ),
    (
        "sy015",
        "filters",
        "token-service alerts which came within 15 mins after a config change done on token-service, kindly list",
        """SELECT * FROM alerts a
           WHERE a.service = 'token-service'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'config_update' AND c.phase = 'live' AND c.service = 'token-service'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        HYD,
    ),
    # ---------------------------------------------------------------- time
    (
        "sy016",
        "time",
        "wat time di first checkout-web alert start yesiday? jus di time",
        """SELECT min(starts_at) AS first_alert_at FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KIN,
    ),
    (
        "sy017",
        "time",
        "how much minute pass from payments-api v2.14.0 go live inna prod till di rollback go live?",
        """SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1) AS minutes
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') d,
                (SELECT min(c.timestamp) AS t FROM change_events c
                 WHERE c.service = 'payments-api' AND c.environment = 'production' AND c.type = 'rollback'
                   AND c.phase = 'live'
                   AND c.timestamp >= (SELECT min(timestamp) FROM change_events
                                       WHERE service = 'payments-api' AND environment = 'production'
                                         AND type = 'deployment' AND phase = 'live'
                                         AND coalesce(details['ref'], version) = 'v2.14.0')) r""",
        KIN,
    ),
    (
        "sy018",
        "time",
        "wah did a fire pon di checkout project 2:45 yesiday afternoon, exact?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        KIN,
    ),
    (
        "sy019",
        "time",
        "What were changed in production in the hour before the first payments-api alert on Tuesday gone? Any service.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        KES,
    ),
    (
        "sy020",
        "time",
        "alerts per hour on Tuesday gone in production, hour an' how many",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        KES,
    ),
    (
        "sy021",
        "time",
        "When did them indexer DiskSpaceLow alerts start an' stop on Wednesday?",
        """SELECT min(starts_at) AS first_start,
                  CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL ELSE max(ends_at) END AS last_end
           FROM alerts
           WHERE service = 'indexer' AND name = 'DiskSpaceLow'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        KES,
    ),
    (
        "sy022",
        "time",
        "When was the last alert in whole system until now? Only time please.",
        """SELECT max(starts_at) AS last_alert_at FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 07:40:00+00'""",
        GOT,
    ),
    (
        "sy023",
        "time",
        "Which alerts was firing on checkout project on Tuesday 21 Esfand (11 March) between 14:00 and 15:00 UTC?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        GOT,
    ),
    (
        "sy024",
        "time",
        "Which early warnings started in 30 minutes after payments-api v2.14.0 went live in production? From any "
        "service.",
        """SELECT * FROM warnings
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        GOT,
    ),
    (
        "sy025",
        "time",
        "For the week commencing 10 March 2025, and counting each alert once by the UTC day on which it began, please "
        "state the number of alerts per day.",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        ANT,
    ),
    (
        "sy026",
        "time",
        "Please state, in minutes and to one decimal place, the time that elapsed between the payments-api "
        "deployment of version v2.14.0 becoming live in production and the opening of the first payments-api "
        "incident thereafter.",
        """SELECT round((epoch(i.t) - epoch(d.t)) / 60, 1) AS minutes
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') d,
                (SELECT min(g.opened_at) AS t FROM alert_groups g
                 WHERE g.service = 'payments-api' AND g.environment = 'production'
                   AND g.opened_at >= (SELECT min(timestamp) FROM change_events
                                       WHERE service = 'payments-api' AND environment = 'production'
                                         AND type = 'deployment' AND phase = 'live'
                                         AND coalesce(details['ref'], version) = 'v2.14.0')) i""",
        ANT,
    ),
    (
        "sy027",
        "time",
        "On the assumption that overnight is to be read as 18:00 to 06:00 UTC, please list every production alert "
        "that began overnight from Tuesday 11 March to Wednesday 12 March 2025.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        ANT,
    ),
    (
        "sy028",
        "time",
        "give me the last 5 alerts before the payments-api rollback went live on tuesday, latest first only",
        """SELECT * FROM alerts
           WHERE starts_at < (SELECT max(timestamp) FROM change_events
                              WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           ORDER BY starts_at DESC
           LIMIT 5""",
        HYD,
    ),
    (
        "sy029",
        "time",
        "at what time the last token-service alert started? only time is enough",
        """SELECT max(starts_at) AS last_alert_at FROM alerts
           WHERE service = 'token-service'""",
        HYD,
    ),
    (
        "sy030",
        "time",
        "on tuesday how long payments-api was down, in minutes?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 12:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HYD,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "sy031",
        "aggregates",
        "how much alert wi get pon di checkout project from march 1 till now? jus one number",
        """SELECT count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'""",
        KIN,
    ),
    (
        "sy032",
        "aggregates",
        "average time fi resolve di payments-api incident dem, inna minute?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        KIN,
    ),
    (
        "sy033",
        "aggregates",
        "fi each prod deploy a payments-api, how much payments-api alert start inna di 15 minute afta? "
        "mi want di deploy time, di version an di count",
        """SELECT c.timestamp AS deployed_at, coalesce(c.details['ref'], c.version) AS version,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'payments-api' AND c.environment = 'production'
           GROUP BY c.id, c.timestamp, c.details['ref'], c.version
           ORDER BY c.timestamp""",
        KIN,
    ),
    (
        "sy034",
        "aggregates",
        "How many silences has each body put on, all told? Most first.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        KES,
    ),
    (
        "sy035",
        "aggregates",
        "What's the median length of a resolved alert on the search project, in minutes?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE project = 'search' AND status = 'resolved'""",
        KES,
    ),
    (
        "sy036",
        "aggregates",
        "Tot up the hours the silences was actually in place, per author.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours_in_place
           FROM silences
           GROUP BY created_by
           ORDER BY hours_in_place DESC""",
        KES,
    ),
    (
        "sy037",
        "aggregates",
        "What percent of alerts in last 7 days was critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-13 07:40:00+00' - INTERVAL 7 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:40:00+00'""",
        GOT,
    ),
    (
        "sy038",
        "aggregates",
        "How much incidents had early warning before them? Only the number.",
        """SELECT count(DISTINCT group_id) AS incidents FROM incident_warnings""",
        GOT,
    ),
    (
        "sy039",
        "aggregates",
        "Average number of alerts per day in this month until now?",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND starts_at <= TIMESTAMPTZ '2025-03-13 07:40:00+00'
               GROUP BY day)""",
        GOT,
    ),
    (
        "sy040",
        "aggregates",
        "Please state, as a percentage to one decimal place, the proportion of live production deployments made "
        "since 1 January 2025 which were followed, within fifteen minutes and on the same service, by at least one "
        "alert.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
                      AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        ANT,
    ),
    (
        "sy041",
        "aggregates",
        "On the understanding that only incidents for which a suspect change has been identified are to be "
        "considered, please state the mean interval, in minutes to one decimal place, between the suspect change "
        "taking effect and the opening of the incident.",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_lag_minutes FROM incident_suspects""",
        ANT,
    ),
    (
        "sy042",
        "aggregates",
        "Please state the standard deviation, in minutes and to one decimal place, of the duration of those "
        "incidents which have been resolved, there being no need to include any incident still open.",
        """SELECT round(stddev_samp(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS stddev_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        ANT,
    ),
    (
        "sy043",
        "aggregates",
        "tuesday itself, payments-api total log lines and error lines per environment?",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment
           ORDER BY lines DESC""",
        HYD,
    ),
    (
        "sy044",
        "aggregates",
        "how many snoozes done by each person in this week? kindly revert",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC, actor""",
        HYD,
    ),
    (
        "sy045",
        "aggregates",
        "on an average how many alerts came in the 15 mins after each deployment in staging?",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
               GROUP BY c.id)""",
        HYD,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "sy046",
        "top_n",
        "which 3 service get di most alert yesiday?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        KIN,
    ),
    (
        "sy047",
        "top_n",
        "who deploy di most since february 1? jus di top one",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        KIN,
    ),
    (
        "sy048",
        "top_n",
        "which service get di most alert inna di 15 minute afta dem own deploy? jus di one",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND c.type = 'deployment' AND c.phase = 'live'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        KIN,
    ),
    (
        "sy049",
        "top_n",
        "Top 4 noisiest alert names, all time, marra",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 4""",
        KES,
    ),
    (
        "sy050",
        "top_n",
        "Which yan person acked the most alerts?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        KES,
    ),
    (
        "sy051",
        "top_n",
        "Which three incidents was open longest? Resolved ones nobbut. Service, alert name an' minutes.",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
           ORDER BY resolved_at - opened_at DESC
           LIMIT 3""",
        KES,
    ),
    (
        "sy052",
        "top_n",
        "Which two hours of Tuesday had most alerts? Hour and number.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 2""",
        GOT,
    ),
    (
        "sy053",
        "top_n",
        "Which person made most changes in production in March? Only humans, not argocd and not "
        "deployment-controller. One name.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:40:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        GOT,
    ),
    (
        "sy054",
        "top_n",
        "Which service had most early warnings before its incidents, all together? Only the top one.",
        """SELECT service, count(*) AS warnings FROM incident_warnings
           GROUP BY service
           ORDER BY warnings DESC, service
           LIMIT 1""",
        GOT,
    ),
    (
        "sy055",
        "top_n",
        "Please identify the three metric series which, taken over the whole period for which records exist, "
        "gave rise to the greatest number of early warnings, together with the number in each case.",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key
           ORDER BY warnings DESC, metric_key
           LIMIT 3""",
        ANT,
    ),
    (
        "sy056",
        "top_n",
        "Please identify the person whose changes have most frequently been designated the suspect change of an "
        "incident, each incident being counted once only.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        ANT,
    ),
    (
        "sy057",
        "top_n",
        "Please rank the services by the average duration of their resolved alerts, in minutes, the longest "
        "first, limiting the answer to the first five.",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
           GROUP BY service
           ORDER BY avg(epoch(ends_at) - epoch(starts_at)) DESC, service
           LIMIT 5""",
        ANT,
    ),
    (
        "sy058",
        "top_n",
        "which svc had the maximum error log lines on tuesday in production? only top 1",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        HYD,
    ),
    (
        "sy059",
        "top_n",
        "top 2 services by no. of incidents which had a suspect change",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        HYD,
    ),
    (
        "sy060",
        "top_n",
        "which 2 people created maximum silences from 1st feb onwards?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 2""",
        HYD,
    ),
    # ---------------------------------------------------------------- changes
    (
        "sy061",
        "changes",
        "wah version a payments-api a run inna prod right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        KIN,
    ),
    (
        "sy062",
        "changes",
        "who did roll back tings inna prod dis year?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 13:00:00+00'""",
        KIN,
    ),
    (
        "sy063",
        "changes",
        "which deploy dem get blame fi causing incident? show mi di deploy dem demself",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        KIN,
    ),
    (
        "sy064",
        "changes",
        "Any flags flipped Tuesday gone? Who an' when.",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KES,
    ),
    (
        "sy065",
        "changes",
        "Tuesday gone's deploys that had nowt fire on the same service within 15 minutes after 'em",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        KES,
    ),
    (
        "sy066",
        "changes",
        "Any scale-downs on payments-api this month? Just wondering, like.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 08:45:00+00'""",
        KES,
    ),
    (
        "sy067",
        "changes",
        "Which versions of auth-api went to staging? Each version one time.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type IN ('deployment', 'rollback') AND phase = 'live'""",
        GOT,
    ),
    (
        "sy068",
        "changes",
        "Changes that was made in production while incident on same service was open",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:40:00+00'))""",
        GOT,
    ),
    (
        "sy069",
        "changes",
        "Which config changes in production was followed by incident on same service in 30 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'config_update' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        GOT,
    ),
    (
        "sy070",
        "changes",
        "Please list every rollback that reached the live phase in production since 1 February 2025, stating in "
        "each case the service, the version to which it was returned, the person responsible and the time.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        ANT,
    ),
    (
        "sy071",
        "changes",
        "Please list the changes of any type made to services of the checkout project in production during the "
        "thirty minutes preceding the first checkout-web alert of 11 March 2025, reports not yet live being "
        "excluded.",
        """SELECT * FROM change_events
           WHERE project = 'checkout' AND environment = 'production' AND phase = 'live'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        ANT,
    ),
    (
        "sy072",
        "changes",
        "Please list those production deployments which were followed, within one hour and on the same service, "
        "by a rollback, provided that both had reached the live phase.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        ANT,
    ),
    (
        "sy073",
        "changes",
        "what all releases were published in march? kindly share",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'""",
        HYD,
    ),
    (
        "sy074",
        "changes",
        "which releases reached production within one hour of being published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        HYD,
    ),
    (
        "sy075",
        "changes",
        "who all toggled flags in production this month?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'""",
        HYD,
    ),
    # ---------------------------------------------------------------- silences
    (
        "sy076",
        "silences",
        "a who silence di indexer?",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""",
        KIN,
    ),
    (
        "sy077",
        "silences",
        "wah silence did a run when payments-api v2.14.0 go live inna prod?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        KIN,
    ),
    (
        "sy078",
        "silences",
        "how much alert alertmanager hold back under each silence? all a dem, even di one dem wid zero",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        KIN,
    ),
    (
        "sy079",
        "silences",
        "How lang was maria's cart-service silence actually on for, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes_in_place
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        KES,
    ),
    (
        "sy080",
        "silences",
        "silences wi' a comment mentioning reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        KES,
    ),
    (
        "sy081",
        "silences",
        "Were owt firing on indexer while a silence on indexer was in effect? List them alerts.",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-15 08:45:00+00') > s.starts_at)""",
        KES,
    ),
    (
        "sy082",
        "silences",
        "Which silences was active on Tuesday at 03:00 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 03:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 03:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 03:00:00+00')""",
        GOT,
    ),
    (
        "sy083",
        "silences",
        "Silences created while incident on same service was open: silence id, its author and the alert name of "
        "incident",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname'] AS alertname
           FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
            AND s.created_at >= g.opened_at
            AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:40:00+00')""",
        GOT,
    ),
    (
        "sy084",
        "silences",
        "Which silences was expired before their end time, and by who?",
        """SELECT * FROM silences WHERE expired_early""",
        GOT,
    ),
    (
        "sy085",
        "silences",
        "Please list all silences which were in effect at any moment on 11 March 2025 (UTC), irrespective of the "
        "environment to which they applied.",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        ANT,
    ),
    (
        "sy086",
        "silences",
        "For each silence created in March 2025, please state its author, its comment and its scheduled length in "
        "minutes.",
        """SELECT created_by, comment, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS scheduled_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        ANT,
    ),
    (
        "sy087",
        "silences",
        "Please identify each silence which, according to Alertmanager's own record, actually held back at least "
        "one alert, together with its author and the number of alerts so held back.",
        """SELECT s.silence_id, s.created_by, count(*) AS muted_alerts
           FROM silences s
           JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id, s.created_by
           ORDER BY muted_alerts DESC, s.silence_id""",
        ANT,
    ),
    (
        "sy088",
        "silences",
        "which silences were created outside business hours in march?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00'
             AND (dayofweek(created_at) IN (0, 6)
                  OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        HYD,
    ),
    (
        "sy089",
        "silences",
        "which silences were active on tuesday 10 am itself?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 10:00:00+00')""",
        HYD,
    ),
    (
        "sy090",
        "silences",
        "average silence duration in hours per author, as they were set",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours
           FROM silences
           GROUP BY created_by
           ORDER BY avg_hours DESC""",
        HYD,
    ),
    # ---------------------------------------------------------------- joins
    (
        "sy091",
        "joins",
        "di checkout incident dem from yesiday wid dem suspect change",
        """SELECT * FROM incident_suspects
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KIN,
    ),
    (
        "sy092",
        "joins",
        "di early warning dem weh come before each checkout incident yesiday",
        """SELECT * FROM incident_warnings
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KIN,
    ),
    (
        "sy093",
        "joins",
        "how di checkout incident dem weh resolve get fix? incident an di fix",
        """SELECT g.id AS group_id, g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  r.resolved_at, r.root_cause, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.project = 'checkout'""",
        KIN,
    ),
    (
        "sy094",
        "joins",
        "Incidents on the search project in production wi' no suspect change",
        """SELECT * FROM alert_groups
           WHERE project = 'search' AND environment = 'production'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        KES,
    ),
    (
        "sy095",
        "joins",
        "Early warnings in the hour after a production deploy o' the same service",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                 AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        KES,
    ),
    (
        "sy096",
        "joins",
        "Top 3 log patterns before each payments-api incident on Tuesday gone",
        """SELECT * FROM incident_log_patterns
           WHERE group_service = 'payments-api' AND rank <= 3
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KES,
    ),
    (
        "sy097",
        "joins",
        "For each deploy in production on Tuesday: service, version and how much alerts on same service in next 15 "
        "minutes",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details['ref'], c.version
           ORDER BY alerts DESC""",
        GOT,
    ),
    (
        "sy098",
        "joins",
        "Which checkout-web alerts started within 10 minutes after a payments-api alert?",
        """SELECT * FROM alerts w
           WHERE w.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = w.environment_canonical
                   AND w.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 10 MINUTE)""",
        GOT,
    ),
    (
        "sy099",
        "joins",
        "Incidents of this month that has no resolution written yet",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-13 07:40:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        GOT,
    ),
    (
        "sy100",
        "joins",
        "Please list, for every incident opened in the checkout project on 11 March 2025, the service, the alert "
        "name, the time at which it opened and the version of its suspect change, the version being left empty "
        "where no suspect change has been identified.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ANT,
    ),
    (
        "sy101",
        "joins",
        "Please list the silences which were created within one hour after the start of an alert on the same "
        "service, stating the silence identifier, its author, the name of the alert and the time at which the alert "
        "began.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE""",
        ANT,
    ),
    (
        "sy102",
        "joins",
        "For each early warning raised in respect of payments-api in production on 11 March 2025, please state "
        "the number of payments-api production alerts which began within fifteen minutes thereafter, those "
        "warnings followed by none being included with a count of zero.",
        """SELECT w.id, w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = 'production'
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api' AND w.labels['environment'] = 'production'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, kind, w.starts_at
           ORDER BY w.starts_at""",
        ANT,
    ),
    (
        "sy103",
        "joins",
        "which services got alerts within 15 mins after their own deployments? service names only",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND c.type = 'deployment' AND c.phase = 'live'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        HYD,
    ),
    (
        "sy104",
        "joins",
        "incidents caused by flag changes - incident service, alert name and who flipped the flag",
        """SELECT service, group_labels['alertname'] AS alertname, change_actor FROM incident_suspects
           WHERE change_type = 'flag_change'""",
        HYD,
    ),
    (
        "sy105",
        "joins",
        "deploys done to a service which was silenced at that time only",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND s.starts_at <= c.timestamp
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > c.timestamp)""",
        HYD,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "sy106",
        "refusals",
        "wah di weather a go do inna Kingston tiday? mi waan go Hellshire later",
        "not_about_this_data",
        KIN,
    ),
    (
        "sy107",
        "refusals",
        "mute di payments-api alert dem till tomorrow morning, mi cyaan tek di noise",
        "asks_to_change_data",
        KIN,
    ),
    ("sy108", "refusals", "show mi di alert dem fi pledge-service dis week", "ungrounded", KIN),
    ("sy109", "refusals", "Write us a laal poem about Helvellyn for the team newsletter", "not_about_this_data", KES),
    (
        "sy110",
        "refusals",
        "Delete them old staging alerts from Tuesday gone, they're nobbut clutter",
        "asks_to_change_data",
        KES,
    ),
    ("sy111", "refusals", "Any alerts on callout-api in production this week?", "ungrounded", KES),
    (
        "sy112",
        "refusals",
        "What is best Varnish config for caching of paywall pages? Merci",
        "not_about_this_data",
        GOT,
    ),
    ("sy113", "refusals", "Please expire the silence of token-service in staging now.", "asks_to_change_data", GOT),
    ("sy114", "refusals", "Alerts of cluster prod-eu-central-1 from last week?", "ungrounded", GOT),
    (
        "sy115",
        "refusals",
        "Please calculate the mean kinetic temperature of our Antwerp cold room for February, on the assumption "
        "that the logger readings are taken every fifteen minutes.",
        "not_about_this_data",
        ANT,
    ),
    (
        "sy116",
        "refusals",
        "Kindly record a resolution against the payments-api incident of 11 March, stating that the root cause was "
        "a misconfigured connection pool, provided that no resolution has yet been recorded.",
        "asks_to_change_data",
        ANT,
    ),
    (
        "sy117",
        "refusals",
        "Please list the changes made by an.peeters in the validation environment since 1 March 2025.",
        "ungrounded",
        ANT,
    ),
    (
        "sy118",
        "refusals",
        "how much TDS to deduct for the contract invigilators' payment this month in telangana?",
        "not_about_this_data",
        HYD,
    ),
    ("sy119", "refusals", "kindly ack all the firing auth-api alerts and do the needful", "asks_to_change_data", HYD),
    ("sy120", "refusals", "what all alerts came for proctor-stream service yesterday?", "ungrounded", HYD),
]
