"""The eighty-fourth ask question set: ids ly001..ly120, 15 per category.

Written by an outside author who saw neither the parser nor its tests nor the paraphrases, while another outside
author wrote the eighty-fifth set (not opened). What the author read: the brief; /work/shared/DESIGN.md whole;
docs/store.md, printed by line range in two pieces (1-350 and 350-703); the headings of docs/ask.md listed with grep,
and its "Shapes and joins" section alone, printed by line range in two pieces (165-280 and 280-389; the terminal cut
eight lines of the second piece, which were printed again by their own range), taken as the rules for the shape of
every gold answer; the module docstring of ``ask_questions`` and its functions ``_question`` and ``validate``, printed
with ``ast`` (the middle of that docstring, the paragraphs on the thirty-third to fifty-eighth sets, was cut by the
terminal and not printed again); the module docstrings of every earlier set, written with ``ast`` into a scratch file
(the eighty-fifth left out) and grepped for first languages, cities and kinds of organisation; the forty-ninth's
docstring printed from that file and its "Conventions" followed where a question leaves room (that print ran on into
the docstrings of the forty-second, forty-seventh, forty-sixth and forty-third sets, seen in passing, and its last
lines, the refusal examples, were partly cut), and the eighty-third's printed whole for the form; the first ten rows of
``ask_questions_thirtieth`` imported in Python and the lines defining its module-level now constants (one grep), for
the file's format; and the demo store, copied to a scratch folder and opened read-only in UTC (records from 2025-01-02
to 2025-03-12 05:59 UTC, most of them on 11 March, the day of the payments-api v2.14.0 outage). Every gold was passed
through ``signalcraft.copilot.sql_guard.safe`` and run on the copy. Nothing else was read, beyond file names in a
listing of ``benchmarks/``. Each row is ``(id, category, question, gold, now)``; a refusal's gold is its kind
(``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask, none of them, their first languages, their cities or their kinds of organisation heard in an earlier
set. All five are on call and in the middle of something: paged at night, typing on a phone, handing the pager over or
taking it, asking what is firing now, what changed just before, who silenced what, whether an alert is new and how
often it fired before. They write plain workplace English as people of five first languages write it, with ops slang
(prod, svc, crit, paged, pager, flapping, muted, argo syncs). Each asks three questions in every category (24 each,
three of them refusals):

- the night on-call engineer of an e-wallet company in Surabaya, first language Indonesian, typing on a phone at 23:30
  WIB on Wednesday 12 March (``2025-03-12T16:30:00+00:00``): lower case, plurals dropped ("how many alert"), "already"
  for what is done and "still" for what goes on, "or not?" closing a yes/no question, "pls", the odd phone typo
  ("yesterdy", "servce");
- an SRE of a cybersecurity start-up in Haifa, first language Hebrew, who took the pager at 22:00 UTC on Tuesday 11
  March (midnight in Israel) and writes the handover at 08:15 Israel time on Wednesday 12 March
  (``2025-03-12T06:15:00+00:00``): direct imperatives ("Give me", "Tell me", "Show me"), "was" for "were", "What is
  with ...", "Until when ...", "since I took the pager", "my shift";
- an on-call engineer of a microfinance lender's mobile-loan platform in Ibadan, first language Yoruba, writing
  Nigerian English, who took the pager over at 07:00 UTC (08:00 WAT) on Wednesday 12 March and asks at 07:05 UTC
  (``2025-03-12T07:05:00+00:00``): polite openings ("Good morning", "Kindly", "Please which ..."), "yesternight",
  "as at now", "what and what" for everything that, "I want to see";
- the on-call engineer of a regional bus operator's ticketing platform in Tartu, first language Estonian, checking the
  pager before sleep at 23:40 EET on Thursday 13 March (``2025-03-13T21:40:00+00:00``): terse fragments without
  articles or verbs ("prod, firing now, warning or worse"), dates as "11.03.", "+" for "and", "how much" for "how
  many";
- an on-call engineer of a food-delivery app in Nagpur, first language Marathi, writing Indian English at 23:15 IST on
  Friday 14 March (``2025-03-14T17:45:00+00:00``): "what all", "who all", "kindly share", "itself" and "only" for
  emphasis, "till date", "do one thing ... and revert".

44 of the 105 questions that are not refusals relate two kinds of record in time, by scope or through a suspect or a
mute: five in filters (ly003 alerts after a deploy, ly006 alerts firing under kenji's silence, ly009 incidents with
their suspect, ly012 alerts after a config change, ly015 deploys followed by a critical alert), five in time (ly018
changes before the first payments-api alert, ly021 alerts before kenji's silence, ly024 minutes from the v2.14.0
deploy to the first critical alert, ly027 silences in effect when the rollback went live, ly030 changes before the
PaymentsAPIErrorBudgetBurn incident), five in aggregates (ly033 alerts after each prod deploy averaged, ly036 acks
taken while their alert fired, ly039 share of incidents with an early warning, ly042 share of prod deploys followed
by an alert, ly045 suspect lag per change type), five in top_n (ly048 whose deploys were suspects, ly051 alerts after
a deploy per service, ly054 incidents without a suspect per alert name, ly057 silences created during an incident per
author, ly060 alerts after a flag change per service), five in changes (ly063 deploys with no alert after them, ly066
changes during an open incident, ly069 changes before the first DiskSpaceLow alert of the night, ly072 staging deploys
with no alert within the hour, ly075 changes that were suspects), four in silences (ly078 silences created during an
incident, ly084 alerts firing under maria's silence, ly087 alerts muted per silence, ly090 silences created after an
alert started) and all fifteen joins (ly091 to ly105). ly081 (what Alertmanager held back, one table) is not counted.
No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every clock time a person writes is UTC (the pager app and the team boards
  show UTC; four of the five say "UTC" where it matters), and every person's days are UTC days, which at their nows
  are also their local days. "Yesterday" is ``[2025-03-11, 2025-03-12)`` for the three who ask on 12 March; "11.03.",
  "11th March" and "this morning" / "today" (``2025-03-12``) name those UTC days; "this week" runs from Monday
  2025-03-10 00:00 to the asker's now, "since Monday" likewise; "this month" from 2025-03-01 and "this year" from
  2025-01-01 to now; "since 1 feb" / "since 1st February" from that day to now; "February" is the whole month; "the
  last 24 hours / 48 hours / 7 days" are ``(now - N, now]``; "all time", "till date", "since it started" have no window.
  "Since I took the pager" is from 2025-03-11 22:00 to the Haifa now (06:15), and "my shift" is that span; "yesternight"
  (Ibadan) is the night ``[2025-03-11 18:00, 2025-03-12 06:00)``, written out once in ly007 and meant so in ly022 and
  ly069; "after 2am" is from 2025-03-12 02:00 to now; "from 22:00 11.03. until 02:00 12.03." and "between 14:00 and
  15:00" include their start and exclude their end. A thing is in a window by its own time: an alert's ``starts_at``,
  an incident's ``opened_at``, a change's ``timestamp``, a silence's ``created_at``, an audit entry's ``timestamp``, a
  warning's ``starts_at``, a mute's ``observed_at``. "Still firing now", "firing at 02:00", "what all was firing at
  04:00", "still open as at now", "muted right now", "active at the moment ..." are the state at that instant (alerts:
  ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``, so the two SearchReindexQueueBacklog alerts of one
  fingerprint that never resolved both count; incidents: opened by T and not resolved by T; silences: started, not
  ended and not expired by T).
- Alerts are the ``alerts`` view's rows (every column for a list; "prod" is ``environment_canonical =
  'production'``; "warning or worse" is ``severity_rank >= 2``; "crit" is ``critical``); incidents are
  ``alert_groups`` rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL, so the groups that
  never got a resolve, such as KubePodNotReady on search-api since 21 January, stay open), their alert name
  ``group_labels['alertname']``; silences are the ``silences`` view's rows, in effect from ``starts_at`` to the
  earlier of ``ends_at`` and ``expired_at`` ("really in place" is that span, "until when" its ``ends_at``); snoozes
  and acks are ``audit_log`` rows; what Alertmanager "held back" is ``alert_mutes`` (under a silence when
  ``silenced_by`` is not empty). Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (the
  auth-api v4.2.1 production deploy, reported by two tools, is two rows, in ly033, ly042, ly061, ly063, ly091 and
  ly100 too), "rollbacks", "config changes", "flag changes" / "flipped flags", "releases" their types, "argo syncs" live
  deployments with ``source = 'argocd'``, "what changed" / "changes" every live report of any type. A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the
  version "running now" is that of the service's last live deployment or rollback in that environment; "what all
  versions got deployed" lists each version once. People are answered as stored, bots included ("who changed
  something in production" lists ``argocd (automated)`` and ``deployment-controller`` too); "kenji" and "maria" are
  ``ILIKE '%kenji%'`` / ``'%maria%'`` on the stored name. "Kenji's silence during my shift" / "his indexer silence"
  is the indexer silence kenji created in that span (2025-03-12 01:55:38, the only one); "maria's (cart-service)
  silence" is the only silence she created; "the token-service silence" is the only one pinning token-service; "the
  payments-api rollback on 11.03." went live at 14:56:37 and "payments-api v2.14.0 going live in production" at
  14:31:22; "the PaymentsAPIErrorBudgetBurn incident of 11th March" is the one group of that name that opened that day
  (14:42:48); "the first payments-api alert yesterday" started at 14:35:54 and "the first DiskSpaceLow alert of
  yesternight" at 18:26:49.
- Relations keep the first kind named and meet the other on service and canonical environment: an alert "within N min
  after" a change starts in ``[t, t + N]`` (15 minutes unless said; "1 hour" 60); a deploy "followed by" an alert has
  one there and "with no alert after it" none; changes "N before" an alert or incident are the live changes of any
  service in ``[t - N, t]`` in that alert's or incident's environment (production in ly018, ly030 and ly069); alerts
  "in the 30 minutes before" kenji's silence are those of any service that started in ``[created_at - 30 min,
  created_at]``; "how many minutes from ... to the first critical payments-api alert after it" runs to the first such
  alert at or after the deploy, one decimal. A silence meets alerts and incidents on its ``service`` and, when it pins
  one, its environment (one that pins none covers every environment; one that pins no service meets nothing): alerts
  "firing while" a silence "was in effect / was on" share a moment with its span; incidents "that had a silence during
  them" share a moment with it (the incident until ``resolved_at``, else now); silences "created when an incident on
  the same service was still open" / "during incident" have ``created_at`` inside the incident's span, ends included;
  silences "created within 10 min after an alert started on the same service" have ``created_at`` in ``[starts_at,
  starts_at + 10 min]``. Changes that went live "while an incident on the same service was still open" and deploys
  "done while incident on same svc was open" have their time inside the incident's span, ends included. An ack names
  its alert by its ``alertname`` and ``service`` equality matchers and came "while the alert was still firing" when
  such an alert was on at the ack's time: ly036 counts the acks (all nine), ly096 lists one row per ack and alert that
  was on (ten: kenji's query-suggest ack of 16 February also meets the KubePodNotReady alert firing since 21 January).
  "Suspect" is ``incident_suspects``: "incidents that had a suspect change, together with the suspect" are its rows;
  "whose deploy was blamed for the most incidents" counts distinct incidents per ``change_actor`` of suspect
  deployments; "changes that were the suspect for incidents this week" are the ``change_events`` rows whose id it
  names for incidents opened this week; "caused by a deployment of another service" has ``change_service <>
  service``; "incidents with no suspect change" have no row there; "minutes before" is ``lag_s / 60``. "Had an early
  warning before them" is a row in ``incident_warnings``; "the early warnings before yesterday's
  PaymentsAPIErrorBudgetBurn incident" are its rows for that group; "each payments-api warning 11.03." is every
  ``warnings`` row whose ``service`` label is payments-api that started that day, with its kind
  (``labels['alertname']``) and the payments-api alerts of its environment started in ``[w, w + 15 min]`` (0
  included). "How were the February incidents fixed" joins ``alert_groups`` opened in February to ``resolutions``.
  "For each prod deploy ...: service, version, count" and "every silence, how many alerts it muted, zero too" are one
  row per deploy / silence (a ``LEFT JOIN``, 0 included); "which services got paged within 15 min after their own
  deploy" are the services of such alerts, each once.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  incidents from ``opened_at`` to ``resolved_at`` of the resolved ones; MTTR and "time to resolve" of incidents are
  the mean, "median" the median); silenced hours "as really in place" sum the span to the earlier of end and expiry,
  in hours; total snoozed minutes sum ``duration_s``; percentages are ``round(100.0 * part / whole, 1)`` over the rows
  the question selects (ly039: the incidents opened on 11 March; ly042: every live production deployment, all time);
  "on average how many alert within 15 min after each prod deploy" is the mean of the per-deploy counts over every live
  production deployment, 0 included; "critical vs warning" is one count per severity; per-day counts are UTC day
  buckets; breakdowns answer ``value, count`` (or the measures asked), most first; "how many snoozes ..., and how many
  minutes ..." gives both side by side.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("1 only",
  "top 1", "one name", "just one person", "the top one only" ask for one row; ly057 asks for two because jonas and
  kenji tie at three; ly060's two services have one alert each and there is no third); "the 5 latest alerts" and "3
  longest alerts" are whole rows ranked by start or by duration; "busiest hour" is the UTC hour bucket of that day with
  its count.
- Refusals: the person "budi.santoso", the services "threat-feed-ingest" and "loan-disbursement-svc", the "preprod"
  environment and the cluster "ap-south-1" are ungrounded (none is in the alerts, the changes or the audit log); the
  weather and a home internet outage, a poem for the team channel, SMS against push pages, overtime pay for the night
  pager and advice on alert fatigue are not about this data; silencing an alert for two hours, acking an alert,
  deleting snoozes, expiring a silence and rolling back checkout-web ask to change the data.
"""

SURABAYA = "2025-03-12T16:30:00+00:00"
HAIFA = "2025-03-12T06:15:00+00:00"
IBADAN = "2025-03-12T07:05:00+00:00"
TARTU = "2025-03-13T21:40:00+00:00"
NAGPUR = "2025-03-14T17:45:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    ("ly001", "filters", "pls list what alert still firing now in prod",
     """SELECT * FROM alerts
        WHERE environment_canonical = 'production'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 16:30:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 16:30:00+00')""", SURABAYA),
    ("ly002", "filters", "yesterdy any critical alert in checkout project? which one",
     """SELECT * FROM alerts
        WHERE severity = 'critical' AND project = 'checkout'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", SURABAYA),
    ("ly003", "filters",
     "alert that start within 15 min after a deploy of same service yesterday, prod only. show me pls",
     """SELECT * FROM alerts a
        WHERE a.environment_canonical = 'production'
          AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                AND c.service = a.service
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""", SURABAYA),
    ("ly004", "filters", "Give me all alerts that started since I took the pager, 22:00 UTC yesterday.",
     """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly005", "filters", "Anything new after 2am UTC? Show me the alerts that started after it.",
     """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-12 02:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly006", "filters",
     "Show me the alerts that was firing on indexer while the silence kenji put during my shift was in effect.",
     """SELECT * FROM alerts a
        WHERE a.service = 'indexer' AND a.environment_canonical = 'production'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.created_by ILIKE '%kenji%' AND s.service = 'indexer'
                AND s.created_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
                AND s.created_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""", HAIFA),
    ("ly007", "filters",
     "Good morning, I just took the pager. What did I miss? Kindly list the alerts that fired yesternight, "
     "18:00 to 06:00 UTC.",
     """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""", IBADAN),
    ("ly008", "filters", "Please which incidents are still open as at now?",
     """SELECT * FROM alert_groups
        WHERE opened_at <= TIMESTAMPTZ '2025-03-12 07:05:00+00'
          AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 07:05:00+00')""", IBADAN),
    ("ly009", "filters", "I want to see yesterday's incidents that had a suspect change, together with the suspect.",
     """SELECT * FROM incident_suspects
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", IBADAN),
    ("ly010", "filters", "staging alerts 11.03., crit only",
     """SELECT * FROM alerts
        WHERE environment_canonical = 'staging' AND severity = 'critical'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", TARTU),
    ("ly011", "filters", "prod, firing now, warning or worse",
     """SELECT * FROM alerts
        WHERE environment_canonical = 'production' AND severity_rank >= 2
          AND starts_at <= TIMESTAMPTZ '2025-03-13 21:40:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 21:40:00+00')""", TARTU),
    ("ly012", "filters", "alerts in 30 min after config change, same svc",
     """SELECT * FROM alerts a
        WHERE EXISTS (
            SELECT 1 FROM change_events c
            WHERE c.type = 'config_update' AND c.phase = 'live'
              AND c.service = a.service AND c.environment = a.environment_canonical
              AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""", TARTU),
    ("ly013", "filters", "What all alerts came on payments-api on 11th March? Kindly share.",
     """SELECT * FROM alerts
        WHERE service = 'payments-api'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", NAGPUR),
    ("ly014", "filters", "Kindly share the rollbacks done in production this week itself.",
     """SELECT * FROM change_events
        WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-14 17:45:00+00'""", NAGPUR),
    ("ly015", "filters",
     "Which deploys of this week got followed by a critical alert on same service within 30 min?",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND c.timestamp <= TIMESTAMPTZ '2025-03-14 17:45:00+00'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.severity = 'critical'
                AND a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""", NAGPUR),
    # ---------------------------------------------------------------- time
    ("ly016", "time", "last alert on indexer start at what time? time only",
     """SELECT max(starts_at) AS last_start FROM alerts WHERE service = 'indexer'""", SURABAYA),
    ("ly017", "time", "what alert was still firing at 03:00 UTC this morning?",
     """SELECT * FROM alerts
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""", SURABAYA),
    ("ly018", "time", "what change 1 hour before the first payments-api alert yesterday?",
     """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                 WHERE service = 'payments-api'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                            AND (SELECT min(starts_at) FROM alerts
                                 WHERE service = 'payments-api'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""", SURABAYA),
    ("ly019", "time", "Until when is the token-service silence? Only the end time.",
     """SELECT ends_at FROM silences WHERE service = 'token-service'""", HAIFA),
    ("ly020", "time", "Tell me what was firing at 02:00 UTC, middle of my shift.",
     """SELECT * FROM alerts
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""", HAIFA),
    ("ly021", "time", "Which alerts started in the 30 minutes before kenji put his indexer silence during my shift?",
     """SELECT * FROM alerts
        WHERE starts_at BETWEEN (SELECT min(created_at) FROM silences
                                 WHERE created_by ILIKE '%kenji%' AND service = 'indexer'
                                   AND created_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
                                   AND created_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00') - INTERVAL 30 MINUTE
                            AND (SELECT min(created_at) FROM silences
                                 WHERE created_by ILIKE '%kenji%' AND service = 'indexer'
                                   AND created_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
                                   AND created_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00')""", HAIFA),
    ("ly022", "time", "Please what time did the first alert of yesternight start? Just the time.",
     """SELECT min(starts_at) AS first_start FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""", IBADAN),
    ("ly023", "time", "Kindly show me what and what changed yesterday between 14:00 and 15:00 UTC.",
     """SELECT * FROM change_events
        WHERE phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""", IBADAN),
    ("ly024", "time",
     "How many minutes was it from payments-api v2.14.0 going live in production to the first critical "
     "payments-api alert after it?",
     """SELECT round((epoch((SELECT min(a.starts_at) FROM alerts a
                            WHERE a.service = 'payments-api' AND a.severity = 'critical'
                              AND a.starts_at >= (SELECT min(timestamp) FROM change_events
                                                  WHERE service = 'payments-api' AND type = 'deployment'
                                                    AND phase = 'live' AND environment = 'production'
                                                    AND coalesce(details['ref'], version) = 'v2.14.0')))
                     - epoch((SELECT min(timestamp) FROM change_events
                              WHERE service = 'payments-api' AND type = 'deployment'
                                AND phase = 'live' AND environment = 'production'
                                AND coalesce(details['ref'], version) = 'v2.14.0'))) / 60, 1) AS minutes""",
     IBADAN),
    ("ly025", "time", "search-api prod last deploy, when",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live'
          AND service = 'search-api' AND environment = 'production'
        ORDER BY timestamp DESC
        LIMIT 1""", TARTU),
    ("ly026", "time", "alerts from 22:00 11.03. until 02:00 12.03.",
     """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 02:00:00+00'""", TARTU),
    ("ly027", "time", "silences active at moment payments-api rollback went live 11.03.",
     """SELECT * FROM silences s
        WHERE s.starts_at <= (SELECT min(timestamp) FROM change_events
                              WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
          AND s.ends_at > (SELECT min(timestamp) FROM change_events
                           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
          AND (s.expired_at IS NULL
               OR s.expired_at > (SELECT min(timestamp) FROM change_events
                                  WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                    AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                    AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""", TARTU),
    ("ly028", "time", "Earliest start and latest end of the DiskSpaceLow alerts on 11th March, kindly.",
     """SELECT min(starts_at) AS earliest_start,
               CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL ELSE max(ends_at) END AS latest_end
        FROM alerts
        WHERE name = 'DiskSpaceLow'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", NAGPUR),
    ("ly029", "time", "On 12th March at 04:00 UTC what all was firing on indexer only?",
     """SELECT * FROM alerts
        WHERE service = 'indexer'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 04:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 04:00:00+00')""", NAGPUR),
    ("ly030", "time",
     "Which changes went live in the 30 min before the PaymentsAPIErrorBudgetBurn incident of 11th March opened?",
     """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN (SELECT min(opened_at) FROM alert_groups
                                 WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                   AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                            AND (SELECT min(opened_at) FROM alert_groups
                                 WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                   AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""", NAGPUR),
    # ---------------------------------------------------------------- aggregates
    ("ly031", "aggregates", "DiskSpaceLow on indexer, it is new or not? how many time it fire since 1 feb",
     """SELECT count(*) AS alerts FROM alerts
        WHERE name = 'DiskSpaceLow' AND service = 'indexer'
          AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 16:30:00+00'""", SURABAYA),
    ("ly032", "aggregates", "payments-api alert yesterday, average time to resolve in minute?",
     """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
        FROM alerts
        WHERE service = 'payments-api' AND status = 'resolved'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", SURABAYA),
    ("ly033", "aggregates", "on average how many alert come within 15 min after each prod deploy?",
     """SELECT round(avg(n), 1) AS avg_alerts FROM (
            SELECT c.id, count(a.starts_at) AS n
            FROM change_events c
            LEFT JOIN alerts a
              ON a.service = c.service AND a.environment_canonical = c.environment
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
            WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
            GROUP BY c.id)""", SURABAYA),
    ("ly034", "aggregates", "How many alerts per service since I took the pager (22:00 UTC)? It is for the handover.",
     """SELECT service, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
        GROUP BY service
        ORDER BY alerts DESC, service""", HAIFA),
    ("ly035", "aggregates", "How many snoozes there was in the last 24 hours, and how many minutes snoozed in total?",
     """SELECT count(*) AS snoozes, round(sum(duration_s) / 60, 1) AS total_minutes
        FROM audit_log
        WHERE action = 'snooze'
          AND timestamp > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 24 HOUR
          AND timestamp <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly036", "aggregates", "How many acks came while the acked alert was still firing? All time.",
     """SELECT count(*) AS acks FROM audit_log k
        WHERE k.action = 'ack'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
                AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
                AND a.starts_at <= k.timestamp
                AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""", HAIFA),
    ("ly037", "aggregates",
     "Please how many times has TokenCacheEvictionsHigh fired since it started? I want to know if it is new.",
     """SELECT count(*) AS alerts FROM alerts WHERE name = 'TokenCacheEvictionsHigh'""", IBADAN),
    ("ly038", "aggregates", "Kindly give me the median time to resolve of yesterday's incidents, in minutes.",
     """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes
        FROM alert_groups
        WHERE resolved_at IS NOT NULL
          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", IBADAN),
    ("ly039", "aggregates", "What percentage of yesterday's incidents had an early warning before them?",
     """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
               AS pct
        FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", IBADAN),
    ("ly040", "aggregates", "alerts per day, this week",
     """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 21:40:00+00'
        GROUP BY day
        ORDER BY alerts DESC, day""", TARTU),
    ("ly041", "aggregates", "staging alerts 11.03., median duration, min",
     """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
        FROM alerts
        WHERE environment_canonical = 'staging' AND status = 'resolved'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", TARTU),
    ("ly042", "aggregates", "prod deploys followed by alert same svc in 15 min, how much %",
     """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                    SELECT 1 FROM alerts a
                    WHERE a.service = c.service AND a.environment_canonical = c.environment
                      AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
                THEN 1 ELSE 0 END) / count(*), 1) AS pct
        FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""", TARTU),
    ("ly043", "aggregates", "What is MTTR of incidents this week? In minutes only.",
     """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
        FROM alert_groups
        WHERE resolved_at IS NOT NULL
          AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND opened_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00'""", NAGPUR),
    ("ly044", "aggregates", "Kindly share count of critical vs warning alerts on 11th March.",
     """SELECT severity, count(*) AS alerts FROM alerts
        WHERE severity IN ('critical', 'warning')
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY severity
        ORDER BY alerts DESC""", NAGPUR),
    ("ly045", "aggregates",
     "On average how many minutes before each incident did its suspect change land, by change type?",
     """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_minutes_before
        FROM incident_suspects
        GROUP BY change_type
        ORDER BY avg_minutes_before DESC""", NAGPUR),
    # ---------------------------------------------------------------- top_n
    ("ly046", "top_n", "top 2 noisiest alert name this week",
     """SELECT name, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 16:30:00+00'
        GROUP BY name
        ORDER BY alerts DESC, name
        LIMIT 2""", SURABAYA),
    ("ly047", "top_n", "yesterday which service get the most alert? 1 only",
     """SELECT service, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY service
        ORDER BY alerts DESC, service
        LIMIT 1""", SURABAYA),
    ("ly048", "top_n", "whose deploy already blamed as suspect for the most incident? top 1 pls",
     """SELECT change_actor, count(DISTINCT group_id) AS incidents
        FROM incident_suspects
        WHERE change_type = 'deployment'
        GROUP BY change_actor
        ORDER BY incidents DESC, change_actor
        LIMIT 1""", SURABAYA),
    ("ly049", "top_n", "Give me the 5 latest alerts.",
     """SELECT * FROM alerts
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
        ORDER BY starts_at DESC
        LIMIT 5""", HAIFA),
    ("ly050", "top_n", "Who snoozed the most in the last 7 days? Only the top one.",
     """SELECT actor, count(*) AS snoozes FROM audit_log
        WHERE action = 'snooze'
          AND timestamp > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 7 DAY
          AND timestamp <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
        GROUP BY actor
        ORDER BY snoozes DESC, actor
        LIMIT 1""", HAIFA),
    ("ly051", "top_n",
     "Which service has the most alerts that started within 15 minutes after a deploy of the same service? One name.",
     """SELECT a.service, count(*) AS alerts FROM alerts a
        WHERE EXISTS (
            SELECT 1 FROM change_events c
            WHERE c.type = 'deployment' AND c.phase = 'live'
              AND c.service = a.service AND c.environment = a.environment_canonical
              AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
        GROUP BY a.service
        ORDER BY alerts DESC, a.service
        LIMIT 1""", HAIFA),
    ("ly052", "top_n", "Kindly, which 3 services had the most incidents yesterday?",
     """SELECT service, count(*) AS incidents FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY service
        ORDER BY incidents DESC, service
        LIMIT 3""", IBADAN),
    ("ly053", "top_n", "Please who has acked the most alerts since 1st February? Just one person.",
     """SELECT actor, count(*) AS acks FROM audit_log
        WHERE action = 'ack'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 07:05:00+00'
        GROUP BY actor
        ORDER BY acks DESC, actor
        LIMIT 1""", IBADAN),
    ("ly054", "top_n", "Which alert name had the most incidents with no suspect change? The top one only.",
     """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents
        FROM alert_groups
        WHERE id NOT IN (SELECT group_id FROM incident_suspects)
        GROUP BY alertname
        ORDER BY incidents DESC, alertname
        LIMIT 1""", IBADAN),
    ("ly055", "top_n", "busiest hour 11.03. by alerts, hour + count",
     """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY hour
        ORDER BY alerts DESC, hour
        LIMIT 1""", TARTU),
    ("ly056", "top_n", "3 longest alerts this week, resolved ones",
     """SELECT * FROM alerts
        WHERE status = 'resolved'
          AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 21:40:00+00'
        ORDER BY ends_at - starts_at DESC
        LIMIT 3""", TARTU),
    ("ly057", "top_n", "who made most silences during incident on same svc. top 2",
     """SELECT s.created_by, count(*) AS silences FROM silences s
        WHERE EXISTS (
            SELECT 1 FROM alert_groups g
            WHERE g.service = s.service
              AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
              AND s.created_at BETWEEN g.opened_at
                  AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 21:40:00+00'))
        GROUP BY s.created_by
        ORDER BY silences DESC, s.created_by
        LIMIT 2""", TARTU),
    ("ly058", "top_n", "Top 2 alert names on indexer this month, kindly share.",
     """SELECT name, count(*) AS alerts FROM alerts
        WHERE service = 'indexer'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00'
        GROUP BY name
        ORDER BY alerts DESC, name
        LIMIT 2""", NAGPUR),
    ("ly059", "top_n", "Who has done the most flag changes till date?",
     """SELECT actor, count(*) AS flag_changes FROM change_events
        WHERE type = 'flag_change' AND phase = 'live'
        GROUP BY actor
        ORDER BY flag_changes DESC, actor
        LIMIT 1""", NAGPUR),
    ("ly060", "top_n", "Which 2 services got most alerts within 1 hour after a flag change on same service?",
     """SELECT a.service, count(*) AS alerts FROM alerts a
        WHERE EXISTS (
            SELECT 1 FROM change_events c
            WHERE c.type = 'flag_change' AND c.phase = 'live'
              AND c.service = a.service AND c.environment = a.environment_canonical
              AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
        GROUP BY a.service
        ORDER BY alerts DESC, a.service
        LIMIT 2""", NAGPUR),
    # ---------------------------------------------------------------- changes
    ("ly061", "changes", "deploy to prod yesterday, what already go live? list pls",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", SURABAYA),
    ("ly062", "changes", "payments-api in prod now running which version?",
     """SELECT coalesce(details['ref'], version) AS version FROM change_events
        WHERE service = 'payments-api' AND environment = 'production'
          AND phase = 'live' AND type IN ('deployment', 'rollback')
        ORDER BY timestamp DESC
        LIMIT 1""", SURABAYA),
    ("ly063", "changes", "yesterday deploy with no alert after it within 15 min on same servce, which one?",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""", SURABAYA),
    ("ly064", "changes", "Tell me who changed something in production since 12:00 UTC yesterday.",
     """SELECT DISTINCT actor FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly065", "changes", "Show me the config changes of the last 48 hours.",
     """SELECT * FROM change_events
        WHERE type = 'config_update' AND phase = 'live'
          AND timestamp > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 48 HOUR
          AND timestamp <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly066", "changes",
     "Give me the changes that went live in production while an incident on the same service was still open, "
     "last 48 hours.",
     """SELECT * FROM change_events c
        WHERE c.phase = 'live' AND c.environment = 'production'
          AND c.timestamp > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 48 HOUR
          AND c.timestamp <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp BETWEEN g.opened_at
                    AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 06:15:00+00'))""", HAIFA),
    ("ly067", "changes", "Kindly list all the rollbacks we have had since 1st February.",
     """SELECT * FROM change_events
        WHERE type = 'rollback' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 07:05:00+00'""", IBADAN),
    ("ly068", "changes", "Please who flipped flags yesterday, and when?",
     """SELECT actor, timestamp FROM change_events
        WHERE type = 'flag_change' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", IBADAN),
    ("ly069", "changes", "Which changes went live in the 3 hours before the first DiskSpaceLow alert of yesternight?",
     """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                 WHERE name = 'DiskSpaceLow'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00') - INTERVAL 3 HOUR
                            AND (SELECT min(starts_at) FROM alerts
                                 WHERE name = 'DiskSpaceLow'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00')""", IBADAN),
    ("ly070", "changes", "argo syncs to staging 11.03.",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd' AND environment = 'staging'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", TARTU),
    ("ly071", "changes", "auth-api version staging vs prod, now",
     """SELECT environment, coalesce(details['ref'], version) AS version FROM change_events
        WHERE service = 'auth-api' AND phase = 'live' AND type IN ('deployment', 'rollback')
          AND environment IN ('staging', 'production')
        QUALIFY row_number() OVER (PARTITION BY environment ORDER BY timestamp DESC) = 1""", TARTU),
    ("ly072", "changes", "staging deploys, no alert same svc in 1h after",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""", TARTU),
    ("ly073", "changes", "What all versions got deployed on user-profile till date? Versions only.",
     """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
        WHERE service = 'user-profile' AND type = 'deployment' AND phase = 'live'""", NAGPUR),
    ("ly074", "changes", "Kindly share who all did releases on 11th March.",
     """SELECT DISTINCT actor FROM change_events
        WHERE type = 'release' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", NAGPUR),
    ("ly075", "changes", "Which changes were the suspect for incidents this week? Share full change rows.",
     """SELECT * FROM change_events
        WHERE id IN (SELECT change_id FROM incident_suspects
                     WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                       AND opened_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00')""", NAGPUR),
    # ---------------------------------------------------------------- silences
    ("ly076", "silences", "who ever silence indexer? all time",
     """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""", SURABAYA),
    ("ly077", "silences", "silence that already expired early, who expire it and when?",
     """SELECT expired_by, expired_at FROM silences WHERE expired_early""", SURABAYA),
    ("ly078", "silences", "silence created when incident on same service still open, list pls",
     """SELECT * FROM silences s
        WHERE EXISTS (
            SELECT 1 FROM alert_groups g
            WHERE g.service = s.service
              AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
              AND s.created_at BETWEEN g.opened_at
                  AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 16:30:00+00'))""", SURABAYA),
    ("ly079", "silences", "What is muted right now? Give me the silences.",
     """SELECT * FROM silences
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
          AND ends_at > TIMESTAMPTZ '2025-03-12 06:15:00+00'
          AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:15:00+00')""", HAIFA),
    ("ly080", "silences", "Give me kenji silences of the last 7 days: silence id, until when, and the comment.",
     """SELECT silence_id, ends_at, comment FROM silences
        WHERE created_by ILIKE '%kenji%'
          AND created_at > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 7 DAY
          AND created_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly081", "silences", "Which alerts Alertmanager really held back under a silence in the last 7 days?",
     """SELECT * FROM alert_mutes
        WHERE len(silenced_by) > 0
          AND observed_at > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 7 DAY
          AND observed_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""", HAIFA),
    ("ly082", "silences", "Kindly list the silences pinned to production that were created this month.",
     """SELECT * FROM silences
        WHERE environment_canonical = 'production'
          AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-12 07:05:00+00'""", IBADAN),
    ("ly083", "silences", "Please how long was maria's cart-service silence really in place, in minutes?",
     """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
        FROM silences
        WHERE created_by ILIKE '%maria%' AND service = 'cart-service'""", IBADAN),
    ("ly084", "silences", "Which alerts were firing on cart-service while maria's silence was on?",
     """SELECT * FROM alerts a
        WHERE a.service = 'cart-service'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.created_by ILIKE '%maria%' AND s.service = 'cart-service'
                AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""", IBADAN),
    ("ly085", "silences", "silences created 11.03., author + comment",
     """SELECT created_by, comment FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", TARTU),
    ("ly086", "silences", "snoozes 11.03. per person, count",
     """SELECT actor, count(*) AS snoozes FROM audit_log
        WHERE action = 'snooze'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY actor
        ORDER BY snoozes DESC, actor""", TARTU),
    ("ly087", "silences", "every silence, how many alerts it muted, zero too",
     """SELECT s.silence_id, count(m.id) AS muted_alerts
        FROM silences s
        LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
        GROUP BY s.silence_id
        ORDER BY muted_alerts DESC, s.silence_id""", TARTU),
    ("ly088", "silences", "How many silences did each person create this year? Kindly share.",
     """SELECT created_by, count(*) AS silences FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00'
        GROUP BY created_by
        ORDER BY silences DESC, created_by""", NAGPUR),
    ("ly089", "silences", "Total silenced hours per author since 1st Feb, as the silences were really in place.",
     """SELECT created_by,
               round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                   AS hours
        FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00'
        GROUP BY created_by
        ORDER BY hours DESC, created_by""", NAGPUR),
    ("ly090", "silences", "Which silences got created within 10 min after an alert started on the same service?",
     """SELECT * FROM silences s
        WHERE EXISTS (
            SELECT 1 FROM alerts a
            WHERE a.service = s.service
              AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
              AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE)""", NAGPUR),
    # ---------------------------------------------------------------- joins
    ("ly091", "joins", "each prod deploy yesterday, how many alert come in next 15 min? service, version, count",
     """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts
        FROM change_events c
        LEFT JOIN alerts a
          ON a.service = c.service AND a.environment_canonical = c.environment
         AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY c.id, c.service, c.details, c.version
        ORDER BY alerts DESC, c.service""", SURABAYA),
    ("ly092", "joins", "yesterday incident with suspect if any: service, alert name, open time, suspect version",
     """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
               coalesce(s.change_details['ref'], s.change_version) AS suspect_version
        FROM alert_groups g
        LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", SURABAYA),
    ("ly093", "joins", "who deploy right before alert fire yesterday? 15 min, same service",
     """SELECT DISTINCT c.actor FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""", SURABAYA),
    ("ly094", "joins", "Show me the incidents of the last 48 hours that had a silence on the same service during them.",
     """SELECT * FROM alert_groups g
        WHERE g.opened_at > TIMESTAMPTZ '2025-03-12 06:15:00+00' - INTERVAL 48 HOUR
          AND g.opened_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = g.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 06:15:00+00')
                AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= g.opened_at)""", HAIFA),
    ("ly095", "joins",
     "Tell me which incidents opened since I took the pager (22:00 UTC) and had no early warning before them.",
     """SELECT * FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
          AND opened_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
          AND id NOT IN (SELECT group_id FROM incident_warnings)""", HAIFA),
    ("ly096", "joins",
     "Give me the acks that came while their alert was still firing: alert name, service, when the alert started "
     "and who acked.",
     """SELECT a.name, a.service, a.starts_at, k.actor
        FROM audit_log k
        JOIN alerts a
          ON a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
         AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
         AND a.starts_at <= k.timestamp
         AND (a.ends_at IS NULL OR a.ends_at > k.timestamp)
        WHERE k.action = 'ack'""", HAIFA),
    ("ly097", "joins",
     "Kindly list the early warnings that came before yesterday's PaymentsAPIErrorBudgetBurn incident.",
     """SELECT * FROM incident_warnings
        WHERE group_id IN (SELECT id FROM alert_groups
                           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""", IBADAN),
    ("ly098", "joins",
     "Please how were the February incidents fixed? The alert name, when it opened, the root cause and the fix.",
     """SELECT g.group_labels['alertname'] AS alertname, g.opened_at, r.root_cause, r.fix
        FROM alert_groups g
        JOIN resolutions r ON r.group_id = g.id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""", IBADAN),
    ("ly099", "joins", "Kindly, which alerts started within 30 minutes after a flag was flipped on the same service?",
     """SELECT * FROM alerts a
        WHERE EXISTS (
            SELECT 1 FROM change_events c
            WHERE c.type = 'flag_change' AND c.phase = 'live'
              AND c.service = a.service AND c.environment = a.environment_canonical
              AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""", IBADAN),
    ("ly100", "joins", "deploys 11.03. done while incident on same svc was open",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp BETWEEN g.opened_at
                    AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 21:40:00+00'))""", TARTU),
    ("ly101", "joins", "11.03. incidents + suspect: service, alert name, suspect version, min before",
     """SELECT service, group_labels['alertname'] AS alertname,
               coalesce(change_details['ref'], change_version) AS suspect_version,
               round(lag_s / 60, 1) AS minutes_before
        FROM incident_suspects
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", TARTU),
    ("ly102", "joins", "each payments-api warning 11.03., alerts same svc in 15 min after, zero too",
     """SELECT w.id, w.labels['alertname'] AS kind, w.starts_at, count(a.starts_at) AS alerts
        FROM warnings w
        LEFT JOIN alerts a
          ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
         AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
        WHERE w.labels['service'] = 'payments-api'
          AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY w.id, kind, w.starts_at
        ORDER BY w.starts_at, w.id""", TARTU),
    ("ly103", "joins", "Which services got paged within 15 min after their own deploy this week?",
     """SELECT DISTINCT a.service FROM alerts a
        WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND a.starts_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""", NAGPUR),
    ("ly104", "joins",
     "Kindly share the alerts that were firing while a silence on same service was in effect, this month only.",
     """SELECT * FROM alerts a
        WHERE a.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND a.starts_at <= TIMESTAMPTZ '2025-03-14 17:45:00+00'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = a.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""", NAGPUR),
    ("ly105", "joins",
     "Which incidents of 11th March were caused by a deployment of another service? Share service, alert name "
     "and the suspect's service.",
     """SELECT service, group_labels['alertname'] AS alertname, change_service
        FROM incident_suspects
        WHERE change_type = 'deployment' AND change_service <> service
          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""", NAGPUR),
    # ---------------------------------------------------------------- refusals
    ("ly106", "refusals", "budi.santoso made any silence or not this week?", "ungrounded", SURABAYA),
    ("ly107", "refusals", "pls silence HighLatencyP99 in staging 2 hour, it keep flapping and wake me up",
     "asks_to_change_data", SURABAYA),
    ("ly108", "refusals", "heavy rain in surabaya tonight, my home internet will go down or not?",
     "not_about_this_data", SURABAYA),
    ("ly109", "refusals", "Show me the alerts of threat-feed-ingest from my shift.", "ungrounded", HAIFA),
    ("ly110", "refusals", "Ack the DiskSpaceLow alert on indexer for me, I am going to sleep.",
     "asks_to_change_data", HAIFA),
    ("ly111", "refusals", "Write me a short funny poem about the night pager for the team channel.",
     "not_about_this_data", HAIFA),
    ("ly112", "refusals", "Did loan-disbursement-svc raise any alert yesternight?", "ungrounded", IBADAN),
    ("ly113", "refusals", "Kindly delete the snoozes kenji made on staging, they are just cluttering the audit log.",
     "asks_to_change_data", IBADAN),
    ("ly114", "refusals",
     "Please which one is more reliable for waking the on-call in Nigeria, SMS pages or push notifications?",
     "not_about_this_data", IBADAN),
    ("ly115", "refusals", "alerts in preprod last night?", "ungrounded", TARTU),
    ("ly116", "refusals", "expire token-service silence now", "asks_to_change_data", TARTU),
    ("ly117", "refusals", "night pager, overtime pay in estonia, how calculated", "not_about_this_data", TARTU),
    ("ly118", "refusals", "Any alerts on cluster ap-south-1 this week? Kindly check.", "ungrounded", NAGPUR),
    ("ly119", "refusals", "Do one thing, roll back checkout-web to v5.1.9 in production and revert.",
     "asks_to_change_data", NAGPUR),
    ("ly120", "refusals", "What is the best way to reduce alert fatigue for the night shift people?",
     "not_about_this_data", NAGPUR),
]
