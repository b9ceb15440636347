"""The sixty-second ask question set: ids iz001..iz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
the brief, the project's design notes (/work/shared/DESIGN.md, printed whole), docs/store.md (printed whole;
its middle, cut off by the terminal, printed again by line range), the "Shapes and joins" section of docs/ask.md printed
alone (taken as the rules for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find
its line range, and the section was printed by that range, its middle, cut off by the terminal, printed again by line
range), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is not wired in
by its author), the module docstrings of the earlier sets printed with ``ast`` into a scratch file (the sixty-third's
left out) and grepped for roles, cities and languages (the forty-ninth's was read whole and its "Conventions" list
followed where a question leaves room; of the fiftieth to sixty-first, the lines naming their people), the first ten
rows of ``ask_questions_thirtieth`` imported in Python (for the file's format), and the demo store itself, copied and
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of ``benchmarks/``, the project
root and the folder the brief came from. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person,
environment or cluster the store does not hold, checked against every table of the store); any other gold is a single
DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Chilean,
Bangladeshi, German-speaking, Taiwanese or Marseille voice, and no energy utility, charity, insurer, pharmacy chain or
transit agency; platform leads, release managers and on-call engineers have spoken before, but not these ones, in these
places, for these businesses). Each asks three questions in every category (24 each, three of them refusals):

- the platform lead of an energy utility in Santiago de Chile, whose online bill payments go through payments-api and
  the checkout services, at 09:00 CLST on Thursday 13 March (2025-03-13 12:00 UTC), reviewing what the March 11 outage
  did to the utility's payments: Chilean Spanish slipping into English ("cachai?" for "you get it?", "al tiro" for right
  away, "po" at the end of a sentence, "producción"); deploys followed by alerts and incidents, versions, silences
  during the outage;
- the lone sysadmin of a charity in Dhaka, whose donation page runs on checkout-web and payments-api, typing on a phone
  at 21:00 BST on Wednesday 12 March (2025-03-12 15:00 UTC): lowercase, short, typos ("wats", "wen", "deployd", "alrts",
  "payment-api" for payments-api, "writen"), "kindly", "pls", "rn", "yday", "n" for and, "today" and "yday" and "11th"
  all UTC days;
- the release manager of an insurer in Hamburg, whose policy payments go through payments-api, preparing the change
  report for the change advisory board at 10:00 CET on Friday 14 March (2025-03-14 09:00 UTC): German-English, formal,
  dates written day first with dots ("11.03.", "since 01.02."), "lay between", "carried out"; rollbacks, versions,
  deployments by people, suspects, silences with their real length;
- the on-call SRE of a pharmacy chain's online shop in Taipei, whose prescription orders pay through the checkout
  services, at 10:00 CST (UTC+8) on Thursday 13 March (2025-03-13 02:00 UTC): short plain questions, mostly
  lowercase; incidents, early warnings, log patterns, resolutions, suspects;
- the engineer of a public-transport agency in Marseille whose fare top-ups pay through payments-api, at 09:00 CET on
  Monday 17 March (2025-03-17 08:00 UTC), preparing the week's on-call review: French-English ("did start", "the 8 and 9
  March", "2h in the night", "between 22h and 6h", "d'astreinte" for on call, "office hours"); silences, snoozes, acks,
  the night and the weekend.

47 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (iz001
alerts after the v2.14.0 deploy, iz004 incidents after a flag change, iz009 open incidents without a resolution, iz011
deploys followed by a critical alert, iz013 deploys with no alert after them), five in time (iz016 the first
checkout-web alert after the flag, iz021 changes before the first payments-api alert, iz023 alerts firing when the
rollback went live, iz026 incidents after the v2.14.0 deploy, iz029 minutes from that deploy to the first HighErrorRate
alert), six in aggregates (iz033 deploys followed by an incident as a share, iz034 alerts after each deploy averaged,
iz038 the suspects' median lag, iz039 incidents with an early warning as a share, iz040 acks more than 3 minutes into
their alert, iz044 services with a suspect), six in top_n (iz046 alerts per service after v2.14.0, iz048 whose deploys
were suspects, iz049 incidents with warnings per service, iz051 deploys followed by an alert per service, iz055 whose
silences held back alerts, iz059 incidents without a suspect per alert name), four in changes (iz065 and iz074 changes
before an alert, iz066 deploys during an open incident, iz075 staging deploys with no alert after them), seven in
silences (iz076 silences during the incident, iz079, iz083 and iz089 silences and what Alertmanager held back, iz081
alerts during the cart-service silence, iz086 incidents that opened under a silence, iz087 silence authors during the
incident) and fourteen of the fifteen joins (iz102 relates alerts of two services, one kind). No gold returns an empty
result (iz104 has one incident whose pattern column is empty: it had no pattern before it).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (their teams keep UTC boards),
  so no question is read in another zone. The nows: the platform lead 2025-03-13 12:00, the sysadmin 2025-03-12 15:00,
  the release manager 2025-03-14 09:00, the on-call SRE 2025-03-13 02:00, the transport engineer 2025-03-17 08:00, all
  after every record. "11.03.", "the 11th", "11th", "11 March", "Tuesday 11" are ``[2025-03-11, 2025-03-12)``; "yday"
  for the sysadmin is the 11th and "today" the 12th up to now; "since 01.02.", "since 1 January", "since 1 march", "this
  month", "in March" run from that day to now; "in February" ``[2025-02-01, 2025-03-01)``; "this week" (the sysadmin's,
  on a Wednesday) from Monday 10 March to now; "last week" (the transport engineer's, on a Monday) ``[2025-03-10,
  2025-03-17)``; "the weekend of the 8 and 9 March" ``[2025-03-08, 2025-03-10)``; "between 10h and 12h", "between 22h
  and 6h" (the night from the 11th to the 12th) include their start and exclude their end; "at 2h in the night", "at 3am
  today", "at exactly 14:50" are instants. "All time" has no window. A thing is in a window by its own time (an alert's
  ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log line's
  ``timestamp``, a log pattern count's ``minute``).
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL: the KubePodNotReady, SearchIndexerLagHigh and other
  incidents never resolved stay open, which is why iz066 finds deploys during them); silences the ``silences`` view's
  rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("really in place", "actually
  in place" and "counting only until they were expired" are that span; no question asks a silence's planned length,
  since the view keeps only the latest version's end and maria's was edited when she expired it). Changes are their
  ``phase = 'live'`` reports: "deploys", "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in production on the
  11th, reported by two tools, is two rows, in iz008, iz013, iz033, iz034, iz066 and iz091 too), "rollbacks", "config
  changes", "flags" / "flag changes", "releases" their types, "scale-downs" scale events whose
  ``details['replicas_to']`` is below ``details['replicas_from']`` (as integers), "changes" and "what changed" every
  live report of any type. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and
  ``change_version`` in the incident views); "running in prod right now" / "the latest version of each service in
  production" is that of the last live deployment or rollback of the service there. "v2.14.0 went live" is the live
  production deployment of payments-api v2.14.0 (2025-03-11 14:31:22); "the rollback" after it the first live production
  rollback of payments-api at or after it; "the New checkout flow flag" the live production flag change whose summary
  names it. People are as stored: "who" lists actors, authors or ``created_by`` values once each, ``argocd (automated)``
  included unless the question leaves automation out ("made by people, not by Argo CD or the deployment controller",
  "automation left out": every actor but ``argocd (automated)`` and ``deployment-controller``); ``lnovak`` and
  ``lucie.novak@acme.io`` are two values, as stored; "kenji", "jonas", "lucie", "maria" are ``ILIKE '%name%'``. "Early
  warnings" are ``warnings`` rows; "on payments-api" is its ``service`` label, "its kind" its ``alertname`` label.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change, incident and warning environments are already ``production`` /
  ``staging``): an alert or incident "within N minutes after" / "in the N min after" / "in the half hour after" /
  "within the hour after" a change starts (opens) in ``[t, t + N]``; "not followed by any alert ... within N" is the
  anti-join; "in the hour before" / "the 30 minutes before" an alert is ``[t - N, t]``, the changes being those of the
  alert's environment (production) and any service unless the question names a service or project (iz065 the checkout
  project, iz074 payments-api). "On any service" (iz026, iz046, iz076, iz087) drops the service match: every service in
  the one event's window. "Firing at the moment X went live" is the state at that instant, of that environment; "in
  effect at some point while the incident was open" shares a moment with the incident's span; "while its silence was on"
  overlaps the silence's span; incidents "opened while a silence on the same service was in effect" opened inside it
  (start included, end excluded); silences "made while the incident was open" and silences "created" while incidents
  "were open" have ``created_at`` inside the incident's span, ends included; deploys that "went live while an incident
  on the same service was open" likewise. A silence that pins no environment covers every environment. Acks name their
  alert by their ``alertname`` and ``service`` equality matchers; an ack is "while it was still firing" when one such
  alert was on at the ack's time, and came "more than 3 minutes after the alert started" when its time is past that
  alert's start plus 3 minutes. "Suspect" is ``incident_suspects``: "which deploys caused incidents" are the
  ``change_events`` deployments that are some incident's suspect; "whose deployments were named the suspect for the most
  incidents" counts distinct incidents per ``change_actor`` of suspect deployments; "a deployment of another service"
  ``change_service <> service``; "how many minutes before the incident it went live" ``lag_s / 60``; "the median time
  between a suspect change going live and its incident opening" the median of ``lag_s`` over every suspect row, in
  minutes. "Had an early warning before them" is a row in ``incident_warnings``; "the first early warning came more than
  5 min before they opened" is the largest ``lead_min`` above 5. "No resolution written" is no ``resolutions`` row.
  "Never muted anything, according to Alertmanager", "held back", "mute" read ``alert_mutes`` by ``silenced_by``; "the
  weekly reindex silences" are those whose comment says "weekly full reindex". "The log pattern ranked first before it"
  is the ``incident_log_patterns`` row of ``rank = 1``, if any (a ``LEFT JOIN``). "For each ..., how many" is one row
  per thing, 0 included (a ``LEFT JOIN``); "checkout-web incidents w/ their suspect if any" keeps every incident.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved ones
  for "time to resolve" and "the longest one"; "how long was checkout-web down" from the first of that day's
  checkout-web alerts' start to the last one's end); hours to one decimal where asked; percentages ``round(100.0 * part
  / whole, 1)`` over the rows the question selects ("of the production deployments": every live production deployment,
  all time; "of the incidents since 1 march": those opened from then to now); "on average how many alerts ... after each
  prod deploy" is the mean of the per-deploy counts, deploys with none counting 0; "how many alerts per incident" the
  mean of ``alert_count``; "number of deploys and number of rollbacks per service" both counts side by side over the
  live production changes of those two types; "per environment", "per author", "checkout vs search" are counts per
  value, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("which
  service", "which hour", "who ... the most", "only the first one" ask for one row). "Which hour on 11th" is the hour's
  UTC start with its count. "The three silences that were really in place the longest" are the rows ranked by those
  minutes, with the columns asked. "Top 3 payments-api log patterns by error count" sums ``log_pattern_counts.errors``
  per template over the day.
- Refusals: the service "billing-portal", the service "donate-api", the person "t.schroeder", the cluster
  "prod-ap-east-1" (the store has prod-eu-west-1 and staging-eu-west-1) and the "preprod" environment are ungrounded;
  rolling payments-api back, muting checkout-web for two hours, marking an incident resolved, deleting staging alerts
  and extending an indexer silence ask to change the data; sizing an HPA for meter-reading ingestion, free uptime
  monitoring for a donation page, what DORA requires of an insurer's incident report, liveness versus readiness probes
  and Kafka versus RabbitMQ are not about this data.

"""

NOW_SANTIAGO = "2025-03-13T12:00:00Z"
NOW_DHAKA = "2025-03-12T15:00:00Z"
NOW_HAMBURG = "2025-03-14T09:00:00Z"
NOW_TAIPEI = "2025-03-13T02:00:00Z"
NOW_MARSEILLE = "2025-03-17T08:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "iz001",
        "filters",
        "Oye, our bill-payment portal pays through payments-api. Which payments-api alerts in prod started in the 30 "
        "min after v2.14.0 went live there? Cachai, I need them al tiro.",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
                 AND
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 30 MINUTE""",
        NOW_SANTIAGO,
    ),
    (
        "iz002",
        "filters",
        "kindly tell wats still firing in prod rn",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 15:00:00+00')""",
        NOW_DHAKA,
    ),
    (
        "iz003",
        "filters",
        "For the change report: which rollbacks were carried out in production since 01.02.?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        NOW_HAMBURG,
    ),
    (
        "iz004",
        "filters",
        "Which incidents got opened within 15 min after a flag was changed on the same service?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = g.service AND c.environment = g.environment
                 AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_TAIPEI,
    ),
    (
        "iz005",
        "filters",
        "Give me the silences that kenji has created on the indexer since the 1st March.",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%' AND service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        NOW_MARSEILLE,
    ),
    (
        "iz006",
        "filters",
        "Config changes in producción, all of them po: service, who and when.",
        """SELECT service, actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        NOW_SANTIAGO,
    ),
    (
        "iz007",
        "filters",
        "critical alrts on payment-api this month",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz008",
        "filters",
        "Show me the deployments to production on 11.03. that were made by people, not by Argo CD or the deployment "
        "controller.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_HAMBURG,
    ),
    (
        "iz009",
        "filters",
        "Which prod incidents are still open and nobody wrote a resolution for them yet?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 02:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-13 02:00:00+00')
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        NOW_TAIPEI,
    ),
    (
        "iz010",
        "filters",
        "Which alerts did start during the weekend of the 8 and 9 March? Nobody was d'astreinte.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        NOW_MARSEILLE,
    ),
    (
        "iz011",
        "filters",
        "Deploys to prod that had a critical alert on the same service within the hour after, which ones po?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NOW_SANTIAGO,
    ),
    (
        "iz012",
        "filters",
        "alerts on cart-service or checkout-web yday?",
        """SELECT * FROM alerts
           WHERE service IN ('cart-service', 'checkout-web')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz013",
        "filters",
        "Which production deployments were not followed by any alert of the same service within 30 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_HAMBURG,
    ),
    (
        "iz014",
        "filters",
        "show me the early warnings with sigma above 100",
        """SELECT * FROM warnings WHERE sigma > 100""",
        NOW_TAIPEI,
    ),
    (
        "iz015",
        "filters",
        "The snoozes that jonas has put on staging alerts, please.",
        """SELECT * FROM audit_log
           WHERE action = 'snooze' AND actor ILIKE '%jonas%'
             AND len(list_filter(matchers, m -> m.name = 'environment' AND m.value = 'staging')) > 0""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ time
    (
        "iz016",
        "time",
        "At what time did the first checkout-web alert fire after the New checkout flow flag went on in prod? Only "
        "the time, po.",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                 AND summary ILIKE '%New checkout flow%')""",
        NOW_SANTIAGO,
    ),
    (
        "iz017",
        "time",
        "wen did the payments-api trouble start on 11th",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz018",
        "time",
        "How many minutes lay between v2.14.0 of payments-api going live in production and the rollback going live?",
        """SELECT round((epoch((SELECT min(r.timestamp) FROM change_events r
                               WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = 'payments-api'
                                 AND r.environment = 'production' AND r.timestamp >= d.t))
                        - epoch(d.t)) / 60, 1)
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') d""",
        NOW_HAMBURG,
    ),
    (
        "iz019",
        "time",
        "what was firing at exactly 14:50 UTC on 11 march?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        NOW_TAIPEI,
    ),
    (
        "iz020",
        "time",
        "Which silences were in effect on Tuesday 11 at 2h in the night?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:00:00+00')""",
        NOW_MARSEILLE,
    ),
    (
        "iz021",
        "time",
        "What changed in prod in the hour before the first payments-api alert on the 11th?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                 AND
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_SANTIAGO,
    ),
    (
        "iz022",
        "time",
        "wen was payments-api last deployed in prod",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_DHAKA,
    ),
    (
        "iz023",
        "time",
        "Which alerts were firing in production at the moment the payments-api rollback went live on 11.03.?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND environment = 'production'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        NOW_HAMBURG,
    ),
    (
        "iz024",
        "time",
        "how long was checkout-web down on 11 march? in minutes",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 02:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_TAIPEI,
    ),
    (
        "iz025",
        "time",
        "Which alerts started in the night from Tuesday 11 to Wednesday 12 March, between 22h and 6h?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOW_MARSEILLE,
    ),
    (
        "iz026",
        "time",
        "Incidents that opened in the half hour after payments-api v2.14.0 went live, on any service, cachai?",
        """SELECT * FROM alert_groups
           WHERE opened_at BETWEEN
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
                 AND
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 30 MINUTE""",
        NOW_SANTIAGO,
    ),
    (
        "iz027",
        "time",
        "wen did the first alert fire today",
        """SELECT min(starts_at) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz028",
        "time",
        "At what time did the last production deployment go live?",
        """SELECT max(timestamp) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'""",
        NOW_HAMBURG,
    ),
    (
        "iz029",
        "time",
        "from payments-api v2.14.0 going live in prod to the first HighErrorRate alert after it, how many minutes?",
        """SELECT round((epoch((SELECT min(a.starts_at) FROM alerts a
                               WHERE a.name = 'HighErrorRate' AND a.starts_at >= d.t)) - epoch(d.t)) / 60, 1)
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') d""",
        NOW_TAIPEI,
    ),
    (
        "iz030",
        "time",
        "Which deployments were made in production on Tuesday 11 between 10h and 12h?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "iz031",
        "aggregates",
        "How many alerts per environment do we have, all time?",
        """SELECT environment, count(*) AS alerts FROM alerts
           GROUP BY environment ORDER BY alerts DESC""",
        NOW_SANTIAGO,
    ),
    (
        "iz032",
        "aggregates",
        "avg time to resolve payments-api incidents? mins",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        NOW_DHAKA,
    ),
    (
        "iz033",
        "aggregates",
        "What percentage of the production deployments were followed by an incident on the same service within 30 "
        "minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alert_groups g
                   WHERE g.service = c.service AND g.environment = c.environment
                     AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        NOW_HAMBURG,
    ),
    (
        "iz034",
        "aggregates",
        "on average how many alerts fired in the 15 min after each prod deploy, same service?",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        NOW_TAIPEI,
    ),
    (
        "iz035",
        "aggregates",
        "What is the average length of the silences, in minutes, the way they were really in place?",
        """SELECT round(avg(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences""",
        NOW_MARSEILLE,
    ),
    (
        "iz036",
        "aggregates",
        "Number of deploys and number of rollbacks per service in prod",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND type IN ('deployment', 'rollback')
           GROUP BY service ORDER BY deploys DESC""",
        NOW_SANTIAGO,
    ),
    (
        "iz037",
        "aggregates",
        "how many error logs did payments-api throw in prod on 11th",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz038",
        "aggregates",
        "What is the median time, in minutes, between a suspect change going live and its incident opening?",
        """SELECT round(median(lag_s) / 60, 1) FROM incident_suspects""",
        NOW_HAMBURG,
    ),
    (
        "iz039",
        "aggregates",
        "what percent of the incidents since 1 march had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 02:00:00+00'""",
        NOW_TAIPEI,
    ),
    (
        "iz040",
        "aggregates",
        "How many acks came more than 3 minutes after the alert they acknowledged had started?",
        """SELECT count(*) FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname')[1].value
                   AND a.service = list_filter(k.matchers, m -> m.name = 'service')[1].value
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp)
                   AND k.timestamp > a.starts_at + INTERVAL 3 MINUTE)""",
        NOW_MARSEILLE,
    ),
    (
        "iz041",
        "aggregates",
        "On average, how many alerts per incident in production?",
        """SELECT round(avg(alert_count), 1) FROM alert_groups WHERE environment = 'production'""",
        NOW_SANTIAGO,
    ),
    (
        "iz042",
        "aggregates",
        "how many alerts checkout vs search on 11th",
        """SELECT project, count(*) AS alerts FROM alerts
           WHERE project IN ('checkout', 'search')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY project ORDER BY alerts DESC""",
        NOW_DHAKA,
    ),
    (
        "iz043",
        "aggregates",
        "Of the incidents opened in February that got resolved, how many minutes did the longest one last?",
        """SELECT round(max(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_HAMBURG,
    ),
    (
        "iz044",
        "aggregates",
        "how many different services had incidents with a suspect change since 1 march?",
        """SELECT count(DISTINCT service) FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 02:00:00+00'""",
        NOW_TAIPEI,
    ),
    (
        "iz045",
        "aggregates",
        "Total hours of silence per author, counting only until they were expired when somebody expired them early.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "iz046",
        "top_n",
        "Top 2 services by alerts in the hour after payments-api v2.14.0 went live, with the counts.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
                 AND
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE
           GROUP BY service ORDER BY alerts DESC, service LIMIT 2""",
        NOW_SANTIAGO,
    ),
    (
        "iz047",
        "top_n",
        "top 3 noisiest alert names all time",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name ORDER BY alerts DESC, name LIMIT 3""",
        NOW_DHAKA,
    ),
    (
        "iz048",
        "top_n",
        "Whose deployments were named the suspect for the most incidents? The top three, Argo CD counting as a "
        "deployer too.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 3""",
        NOW_HAMBURG,
    ),
    (
        "iz049",
        "top_n",
        "which 2 services had the most incidents that had an early warning before them?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        NOW_TAIPEI,
    ),
    (
        "iz050",
        "top_n",
        "Who created the most silences? The three first, with how many.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 3""",
        NOW_MARSEILLE,
    ),
    (
        "iz051",
        "top_n",
        "Which service had the most production deploys that were followed by an alert of the same service within 15 "
        "minutes?",
        """SELECT c.service, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.service ORDER BY deploys DESC, c.service LIMIT 1""",
        NOW_SANTIAGO,
    ),
    (
        "iz052",
        "top_n",
        "which hour on 11th had most alerts? hour n count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        NOW_DHAKA,
    ),
    (
        "iz053",
        "top_n",
        "Which three people carried out the most changes in production since 1 January? Automation left out.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 3""",
        NOW_HAMBURG,
    ),
    (
        "iz054",
        "top_n",
        "top 3 payments-api log patterns by error count on 11 march",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template ORDER BY errors DESC, template LIMIT 3""",
        NOW_TAIPEI,
    ),
    (
        "iz055",
        "top_n",
        "Whose silences have held back the most alerts, according to Alertmanager? Only the first one.",
        """SELECT s.created_by, count(*) AS alerts
           FROM alert_mutes m JOIN silences s ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.created_by ORDER BY alerts DESC, s.created_by LIMIT 1""",
        NOW_MARSEILLE,
    ),
    (
        "iz056",
        "top_n",
        "Top 3 services by incidents in prod in February",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 3""",
        NOW_SANTIAGO,
    ),
    (
        "iz057",
        "top_n",
        "who acked the most alerts",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        NOW_DHAKA,
    ),
    (
        "iz058",
        "top_n",
        "Which service was rolled back the most often since 1 January?",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY service ORDER BY rollbacks DESC, service LIMIT 1""",
        NOW_HAMBURG,
    ),
    (
        "iz059",
        "top_n",
        "which alert name has the most incidents with no suspect change?",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1""",
        NOW_TAIPEI,
    ),
    (
        "iz060",
        "top_n",
        "The three silences that were really in place the longest: silence id, author and minutes.",
        """SELECT silence_id, created_by,
                  round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences ORDER BY minutes DESC LIMIT 3""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ changes
    (
        "iz061",
        "changes",
        "Which version of payments-api is running in prod right now?",
        """SELECT arg_max(coalesce(details['ref'], version), timestamp) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')""",
        NOW_SANTIAGO,
    ),
    (
        "iz062",
        "changes",
        "who deployd to prod on 11th",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz063",
        "changes",
        "Which versions of auth-api went out to staging? Each version one time.",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'""",
        NOW_HAMBURG,
    ),
    (
        "iz064",
        "changes",
        "what changed on search-api on 11 march?",
        """SELECT * FROM change_events
           WHERE service = 'search-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_TAIPEI,
    ),
    (
        "iz065",
        "changes",
        "Which changes were made in the checkout project in the 30 minutes before the first checkout-web alert of "
        "Tuesday 11?",
        """SELECT * FROM change_events
           WHERE project = 'checkout' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'checkout-web'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'checkout-web'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_MARSEILLE,
    ),
    (
        "iz066",
        "changes",
        "Which deploys went live while an incident on the same service was open? Any env, po.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 12:00:00+00'))""",
        NOW_SANTIAGO,
    ),
    (
        "iz067",
        "changes",
        "who flipped flags in prod this week n when",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        NOW_DHAKA,
    ),
    (
        "iz068",
        "changes",
        "Which deployments were followed by a rollback of the same service in the same environment within one hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_HAMBURG,
    ),
    (
        "iz069",
        "changes",
        "scale-downs of checkout-web, any env",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'checkout-web'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        NOW_TAIPEI,
    ),
    (
        "iz070",
        "changes",
        "Which releases never got deployed to production with the same version?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version))""",
        NOW_MARSEILLE,
    ),
    (
        "iz071",
        "changes",
        "What's the latest version of each service in production?",
        """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
           WHERE environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback')
           GROUP BY service""",
        NOW_SANTIAGO,
    ),
    (
        "iz072",
        "changes",
        "anyone changed config on cart-service? who n when",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND service = 'cart-service'""",
        NOW_DHAKA,
    ),
    (
        "iz073",
        "changes",
        "List the service, version and time of every rollback.",
        """SELECT service, coalesce(details['ref'], version), timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'""",
        NOW_HAMBURG,
    ),
    (
        "iz074",
        "changes",
        "what changed on payments-api in the hour before the HikariPoolPendingConnections alert?",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts WHERE name = 'HikariPoolPendingConnections') - INTERVAL 60 MINUTE
                 AND (SELECT min(starts_at) FROM alerts WHERE name = 'HikariPoolPendingConnections')""",
        NOW_TAIPEI,
    ),
    (
        "iz075",
        "changes",
        "Which deployments in staging were not followed by any staging alert on the same service within one hour?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = 'staging'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ silences
    (
        "iz076",
        "silences",
        "Which silences, on any service, were in effect at some point while the PaymentsAPIErrorBudgetBurn incident "
        "of 11 March was open?",
        """SELECT s.* FROM silences s, alert_groups g
           WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 12:00:00+00')
             AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at""",
        NOW_SANTIAGO,
    ),
    (
        "iz077",
        "silences",
        "who put the silence on cart-service n who took it off",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        NOW_DHAKA,
    ),
    (
        "iz078",
        "silences",
        "Show me the silences created on 11.03. with author, comment and how many minutes they were really in place.",
        """SELECT created_by, comment,
                  round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_HAMBURG,
    ),
    (
        "iz079",
        "silences",
        "which silences never muted anything, according to alertmanager?",
        """SELECT * FROM silences s
           WHERE NOT EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        NOW_TAIPEI,
    ),
    (
        "iz080",
        "silences",
        "Which silences were created outside of the office hours (Monday to Friday, 9h to 17h)?",
        """SELECT * FROM silences
           WHERE NOT (isodow(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        NOW_MARSEILLE,
    ),
    (
        "iz081",
        "silences",
        "Were there alerts on cart-service that fired while its silence was on?",
        """SELECT a.* FROM alerts a, silences s
           WHERE s.service = 'cart-service' AND a.service = 'cart-service'
             AND (s.environment IS NULL OR a.environment_canonical = s.environment_canonical)
             AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
             AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
        NOW_SANTIAGO,
    ),
    (
        "iz082",
        "silences",
        "wat silences were active at 3am today",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        NOW_DHAKA,
    ),
    (
        "iz083",
        "silences",
        "For each silence created in March, how many alerts did Alertmanager hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY s.silence_id ORDER BY muted DESC""",
        NOW_HAMBURG,
    ),
    (
        "iz084",
        "silences",
        "lucie's silences, silence id and comment pls",
        """SELECT silence_id, comment FROM silences WHERE created_by ILIKE '%lucie%'""",
        NOW_TAIPEI,
    ),
    (
        "iz085",
        "silences",
        "Give me the silences whose comment talks about the reindex.",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        NOW_MARSEILLE,
    ),
    (
        "iz086",
        "silences",
        "Which incidents opened while a silence on the same service was in effect?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NOW_SANTIAGO,
    ),
    (
        "iz087",
        "silences",
        "who made a silence (any service) while the payments-api budget burn incident was open on 11th",
        """SELECT DISTINCT s.created_by FROM silences s, alert_groups g
           WHERE g.service = 'payments-api' AND g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 15:00:00+00')""",
        NOW_DHAKA,
    ),
    (
        "iz088",
        "silences",
        "How long was maria's silence on cart-service actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE created_by ILIKE '%maria%' AND service = 'cart-service'""",
        NOW_HAMBURG,
    ),
    (
        "iz089",
        "silences",
        "which alerts did the weekly reindex silences mute?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (SELECT 1 FROM silences s
                         WHERE s.comment ILIKE '%weekly full reindex%'
                           AND list_contains(m.silenced_by, s.silence_id))""",
        NOW_TAIPEI,
    ),
    (
        "iz090",
        "silences",
        "How many silences were created last week, per author?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ joins
    (
        "iz091",
        "joins",
        "For each prod deploy on 11 March: service, version and how many alerts on the same service in the 30 min "
        "after it.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        NOW_SANTIAGO,
    ),
    (
        "iz092",
        "joins",
        "checkout-web incidents w/ their suspect if any: alert name, opened, suspect version",
        """SELECT g.group_labels['alertname'], g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version)
           FROM alert_groups g LEFT JOIN incident_suspects s ON s.group_id = g.id
           WHERE g.service = 'checkout-web'""",
        NOW_DHAKA,
    ),
    (
        "iz093",
        "joins",
        "Which incidents were caused by a deployment of another service? Incident service, alert name, suspect "
        "service and version.",
        """SELECT service, group_labels['alertname'], change_service,
                  coalesce(change_details['ref'], change_version)
           FROM incident_suspects
           WHERE change_type = 'deployment' AND change_service <> service""",
        NOW_HAMBURG,
    ),
    (
        "iz094",
        "joins",
        "for each early warning on payments-api on 11 march: its kind, when it started and how many payments-api "
        "alerts started in the 15 min after it",
        """SELECT w.labels['alertname'], w.starts_at, count(a.fingerprint)
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api'
            AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, w.labels['alertname'], w.starts_at""",
        NOW_TAIPEI,
    ),
    (
        "iz095",
        "joins",
        "For every silence on the indexer, the indexer alerts that were firing at some moment while it was in effect: "
        "silence id, alert name and when the alert started.",
        """SELECT s.silence_id, a.name, a.starts_at
           FROM silences s JOIN alerts a
             ON a.service = 'indexer'
            AND (s.environment IS NULL OR a.environment_canonical = s.environment_canonical)
            AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
            AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)
           WHERE s.service = 'indexer'""",
        NOW_MARSEILLE,
    ),
    (
        "iz096",
        "joins",
        "Which deploys caused incidents? Service, version and who made them.",
        """SELECT service, coalesce(details['ref'], version), actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        NOW_SANTIAGO,
    ),
    (
        "iz097",
        "joins",
        "incidents since 1 mar with no resolution writen: service, alert, opened",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        NOW_DHAKA,
    ),
    (
        "iz098",
        "joins",
        "For each incident whose suspect was a deployment: service, alert name, suspect version and how many minutes "
        "before the incident it went live.",
        """SELECT service, group_labels['alertname'], coalesce(change_details['ref'], change_version),
                  round(lag_s / 60, 1)
           FROM incident_suspects WHERE change_type = 'deployment'""",
        NOW_HAMBURG,
    ),
    (
        "iz099",
        "joins",
        "incidents where the first early warning came more than 5 min before they opened: service, alert name, and "
        "that lead in minutes",
        """SELECT service, group_labels['alertname'], round(max(lead_min), 1) AS lead
           FROM incident_warnings
           GROUP BY group_id, service, group_labels['alertname']
           HAVING max(lead_min) > 5""",
        NOW_TAIPEI,
    ),
    (
        "iz100",
        "joins",
        "For each silence created on Tuesday 11 March, the incidents on the same service that were open at the moment "
        "it was created: silence id, alert name of the incident, and when the incident opened.",
        """SELECT s.silence_id, g.group_labels['alertname'], g.opened_at
           FROM silences s JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment IS NULL OR g.environment = s.environment_canonical)
            AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00')
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MARSEILLE,
    ),
    (
        "iz101",
        "joins",
        "Config changes followed within an hour by an incident on the same service: change summary, who made it, "
        "the incident's alert name and when it opened.",
        """SELECT c.summary, c.actor, g.group_labels['alertname'], g.opened_at
           FROM change_events c JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'config_update' AND c.phase = 'live'""",
        NOW_SANTIAGO,
    ),
    (
        "iz102",
        "joins",
        "checkout-web alerts within 10 min after a payments-api alert in prod, name n start",
        """SELECT c.name, c.starts_at FROM alerts c
           WHERE c.service = 'checkout-web' AND c.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = c.environment_canonical
                   AND c.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 10 MINUTE)""",
        NOW_DHAKA,
    ),
    (
        "iz103",
        "joins",
        "For each rollback in production: service, version, and how many alerts of that service were still firing "
        "at the moment it went live.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS firing
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at <= c.timestamp AND (a.ends_at IS NULL OR a.ends_at > c.timestamp)
           WHERE c.type = 'rollback' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        NOW_HAMBURG,
    ),
    (
        "iz104",
        "joins",
        "each prod incident on 11 march with the log pattern ranked first before it, if any: alert name, opened, "
        "template",
        """SELECT g.group_labels['alertname'], g.opened_at, p.template
           FROM alert_groups g LEFT JOIN incident_log_patterns p ON p.group_id = g.id AND p.rank = 1
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_TAIPEI,
    ),
    (
        "iz105",
        "joins",
        "Who acknowledged an alert while it was still firing? The person, the alert name, the service and the time of "
        "the ack.",
        """SELECT k.actor,
                  list_filter(k.matchers, m -> m.name = 'alertname')[1].value,
                  list_filter(k.matchers, m -> m.name = 'service')[1].value,
                  k.timestamp
           FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname')[1].value
                   AND a.service = list_filter(k.matchers, m -> m.name = 'service')[1].value
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        NOW_MARSEILLE,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "iz106",
        "refusals",
        "Show me the alerts of the billing-portal service since Monday, po.",
        "ungrounded",
        NOW_SANTIAGO,
    ),
    (
        "iz107",
        "refusals",
        "alerts on donate-api today?",
        "ungrounded",
        NOW_DHAKA,
    ),
    (
        "iz108",
        "refusals",
        "Which deployments did t.schroeder make in production this month?",
        "ungrounded",
        NOW_HAMBURG,
    ),
    (
        "iz109",
        "refusals",
        "alerts in cluster prod-ap-east-1 last week",
        "ungrounded",
        NOW_TAIPEI,
    ),
    (
        "iz110",
        "refusals",
        "Give me the alerts of the preprod environment since Friday.",
        "ungrounded",
        NOW_MARSEILLE,
    ),
    (
        "iz111",
        "refusals",
        "Roll back payments-api to v2.13.2 in prod, al tiro.",
        "asks_to_change_data",
        NOW_SANTIAGO,
    ),
    (
        "iz112",
        "refusals",
        "pls mute all checkout-web alerts for 2h, donation drive tonight",
        "asks_to_change_data",
        NOW_DHAKA,
    ),
    (
        "iz113",
        "refusals",
        "Please mark the PaymentsAPIErrorBudgetBurn incident from 11.03. as resolved, root cause 'pool config'.",
        "asks_to_change_data",
        NOW_HAMBURG,
    ),
    (
        "iz114",
        "refusals",
        "delete the HighLatencyP99 staging alerts, they are just noise",
        "asks_to_change_data",
        NOW_TAIPEI,
    ),
    (
        "iz115",
        "refusals",
        "Extend the silence on the indexer until tomorrow 6h.",
        "asks_to_change_data",
        NOW_MARSEILLE,
    ),
    (
        "iz116",
        "refusals",
        "What's a good way to size a Kubernetes HPA for our smart-meter reading ingestion?",
        "not_about_this_data",
        NOW_SANTIAGO,
    ),
    (
        "iz117",
        "refusals",
        "how to setup free uptime monitoring for our donation page",
        "not_about_this_data",
        NOW_DHAKA,
    ),
    (
        "iz118",
        "refusals",
        "What does DORA require in a major ICT-related incident report for an insurer?",
        "not_about_this_data",
        NOW_HAMBURG,
    ),
    (
        "iz119",
        "refusals",
        "what is the difference between a liveness probe and a readiness probe",
        "not_about_this_data",
        NOW_TAIPEI,
    ),
    (
        "iz120",
        "refusals",
        "For our ticket validators, which is better, Kafka or RabbitMQ?",
        "not_about_this_data",
        NOW_MARSEILLE,
    ),
]
