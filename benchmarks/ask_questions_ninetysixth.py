"""The ninety-sixth ask question set: ids ax001..ax120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases. What the author read:
the brief; the project's design notes (``../shared/DESIGN.md``, whole); ``docs/store.md`` (printed whole, the terminal
cut its middle, which was printed again by line range until every table and view had been read); the headings of
``docs/ask.md`` listed with grep to find the "Shapes and joins" section, and that section alone printed by its line
range in two pieces (the terminal cut a few lines out of each piece, and those lines were printed again by their own
ranges), taken as the rules for the shape of every gold answer; the module docstring of ``ask_questions`` (its middle
paragraphs, cut by the terminal, were printed again from a scratch file) and its functions ``_question`` and
``validate``; the module docstrings of the earlier sets, printed with ``ast`` into a scratch file and grepped for
cities, languages, organisations and first names (the ninety-fourth's docstring was read whole for its form, and the
forty-ninth's whole for its "Conventions"; no rows of any other set were opened, and the ninety-seventh set, written at
the same time by another author, was not opened at all); the first ten rows of ``ask_questions_thirtieth`` imported in
Python, and that file's module-level now constants (one grep); and the demo store, copied and opened read-only with
``SET TimeZone = 'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11, the day of the
payments-api v2.14.0 outage). The gate ``signalcraft.copilot.sql_guard.safe`` was called on every gold (its signature
printed, its code not opened). Nothing else was read, beyond file names in directory listings of ``benchmarks/``. This
set is not wired into ``ask_questions`` by its author. Each row is ``(id, category, question, gold, now)``; a refusal's
gold is its kind (``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT
over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask, all of them doing change-impact and incident analysis: they mostly ask how one kind of record stands to
another (what came before and after a deploy, a rollback, a flag flip or a config change; which changes were followed by
trouble and which were not; incidents with and without a suspect; silences put on during an incident or outliving it;
warnings ahead of an incident and by how long; a window before a change against the same window after it; the first or
last of one kind after each of another). None of their cities, organisations, names or first languages appears in an
earlier set's docstring (the earlier docstrings name no Thimphu, Paramaribo, Lilongwe, Dushanbe or Nuuk, no Dzongkha,
Sranan Tongo, Chichewa, Tajik or Kalaallisut voice, and no tourism-levy, rice-mill, fertiliser-import, bakery or
fisheries-licensing organisation). Each asks three questions in every category (24 each, three of them refusals). Every
one of them keeps a UTC board, so their days are UTC days:

- Pema, a change-impact analyst on the tourist-levy collection platform of a tourism council in Thimphu, Dzongkha first
  language: polite Bhutanese English, "Kuzu zangpo la", a "la" closing most questions, "kindly", "what all", a present
  tense now and then where a past is meant ("the alerts that come after"); now 15:00 BTT on Wednesday 12 March
  (2025-03-12 09:00 UTC);
- Shurwin, a release engineer on the order-tracking platform of a rice mill in Paramaribo, Sranan Tongo first language
  and Dutch from school: terse, "odi", "graag", "even", "wat" for "that", "how much" for "how many", "maria her silence"
  for "maria's silence"; now 09:00 SRT on Wednesday 12 March (2025-03-12 12:00 UTC);
- Chikondi, a problem manager on the dealer-ordering platform of a fertiliser importer in Lilongwe, Chichewa first
  language: long, formal and precise ("Kindly", "both days inclusive", "to one decimal place", "Zikomo"), writing dates
  in full; now 09:30 CAT on Thursday 13 March (2025-03-13 07:30 UTC);
- Farrukh, an SRE on the delivery app of a bakery chain in Dushanbe, Tajik first language and Russian second: articles
  dropped, "was" for "were", "what" for "that/which", "give me", "salom", "rahmat"; now 19:00 TJT on Wednesday 12 March
  (2025-03-12 14:00 UTC);
- Aputsiaq, a platform engineer at a fisheries licensing authority in Nuuk, Kalaallisut first language and Danish
  second: lowercase chat shorthand ("w/", "w/o", "svc", "sils", "rn", "acc. to"), "aluu", "qujanaq"; now 09:00 WGT on
  Friday 14 March (2025-03-14 11:00 UTC).

86 of the 105 questions that are not refusals relate two kinds of record (alert, change, incident, silence, early
warning, log line, ack, resolution; a deploy against a rollback or a release is one kind, changes, and a silence against
the alerts Alertmanager muted under it is not counted either): thirteen in filters (ax001..ax009, ax011, ax013..ax015),
twelve in time (ax016, ax017, ax020..ax029), thirteen in aggregates (ax031..ax036, ax038, ax039, ax041..ax045), twelve
in top_n (ax046..ax051, ax053..ax055, ax058..ax060), ten in changes (ax061..ax064, ax066, ax067, ax070, ax071, ax073,
ax074), eleven in silences (ax076, ax077, ax079..ax083, ax085, ax086, ax088, ax089) and all fifteen joins
(ax091..ax105). Two of them ask for the first (last) of one kind after (before) each of another (ax022, ax105), which
the shapes of docs/ask.md mark as not read yet; their golds give what was asked. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; each person's days are UTC days. "Yesterday" and "tuesday" are ``[2025-03-11,
  2025-03-12)`` for everyone (Aputsiaq's "wed" is 2025-03-12); "this week" is Monday 2025-03-10 up to now, "last week"
  ``[2025-03-03, 2025-03-10)``; "in March" and "since 1 march" run from 2025-03-01 to now; "February 2025" is
  ``[2025-02-01, 2025-03-01)``; "between 10 and 11 March 2025, both days inclusive" is ``[2025-03-10, 2025-03-12)``. A
  thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``,
  a silence's ``created_at``, a warning's ``starts_at``, a log line's ``timestamp``).
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, early warnings ``warnings``' rows, log lines ``log_events``' rows ("error" lines are
  ``is_error``). Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in
  production, reported by two tools, is two rows), "rollbacks", "flag flips/changes", "config changes", "releases" their
  types, "changes" of any type (scale events included). A version is ``coalesce(details['ref'], version)``; no question
  asks the version of an Argo CD deploy (whose version is a commit and whose tag sits in an image name), so the two
  readings of a version never part. "Humans (not argocd, not deployment-controller)" leaves out those two actors. "The
  v2.14.0 deploy" is payments-api's live production deployment of v2.14.0 (2025-03-11 14:31:22); "the rollback" / "the
  payments rollback" payments-api's live production rollback of 11 March (14:56:37); "the New checkout flow flag" and
  "semantic ranking got switched off" the live production flag changes whose summaries say so; "the cart-service
  silence" / "maria her cart-service silence" the only silence pinning cart-service; "the indexer disk alert on wed at
  03:43" the DiskSpaceLow alert of indexer that started in that minute.
- Relations keep the first kind named and meet the other on service and environment: a change's ``environment`` against
  an alert's ``environment_canonical`` or an incident's ``environment``; a warning by its ``service`` and
  ``environment`` labels; a silence by its ``service`` and, when it pins one, its ``environment_canonical`` (one that
  pins no environment covers every environment; one that pins no service meets nothing). "Within N min after" a thing at
  ``t`` is ``[t, t + N]``, "in the N min before" ``[t - N, t]``, both ends included; N is as said, else 15 minutes
  between changes and alerts or incidents. Changes around one alert are those of its environment (production), any
  service; "the last 5 changes before" an event are any service's and environment's, strictly before it, and "alerts in
  the search project" after one event are that project's in any environment. An incident is open from ``opened_at`` to
  ``resolved_at``, or to the asker's now while it is NULL, both ends included; something "while an incident was open" /
  "during an incident" has its own time inside that span (a silence its ``created_at``). A silence is in effect from
  ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` (start included, end excluded); "really in place" is
  that span, in minutes to one decimal. A silence "still on after the incident got resolved" was created during a
  resolved incident and its real end is after ``resolved_at``; one that "ran out or got expired while the incident was
  still open" has its real end before the incident's end (now for an open incident). "Firing at the moment" of an event
  is ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``. An ack names its alert by its ``alertname`` and
  ``service`` equality matchers and pairs with an alert it came in while that alert was on (an alert that never resolved
  is still on, so a February ack of query-suggest's KubePodNotReady also pairs with the January alert of that name and
  service that never ended). "Suspect" is ``incident_suspects``; "whose changes were blamed" counts distinct incidents
  per ``change_actor``; "early warnings before incidents" is ``incident_warnings`` (its ``lead_min`` as stored).
  "Incidents fixed by rolling back" are those whose resolution's ``fix`` says "rolled back", "roll back" or "rollback".
  "Muted" / "held back" is ``alert_mutes`` naming the silence in ``silenced_by``. "For each ... (zero also)" is one row
  per thing with a ``LEFT JOIN`` count, 0 where none met; "on average" the mean of those counts to one decimal; "the
  first alert after each deploy" / "the last alert before each rollback" is one row per change with the earliest
  (latest) such alert start, empty where none (no window unless said). A comparison of a window before an event with the
  same window after it is two counts side by side, the before window excluding the event's moment and the after window
  including it.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  incidents from ``opened_at`` to ``resolved_at`` of the resolved ones); a suspect's lag is ``lag_s / 60``; an average
  lead is the mean ``lead_min`` over every incident-warning pair asked about; percentages are ``round(100.0 * part /
  whole, 1)`` over the rows the question selects; "alerts per incident" is the mean ``alert_count``.
- Top-N answers are ``value, count`` most first, ties by the value, and no N asked is crossed by a tie; per-hour and
  per-day breakdowns are UTC buckets (``time_bucket``) of the rows' own time, buckets with no rows absent.
- Refusals: the service "rice-tracker", the environment "uat", the cluster "prod-ap-central-1", the service
  "license-portal" and the person "karma.wangchuk" are ungrounded; a forecast of tourist arrivals, the SRD exchange
  rate, a fertiliser rate for maize, Argo Rollouts canary analysis and a halibut quota are not about this data;
  resolving the checkout-web incident, creating a weekly indexer silence, silencing the indexer disk alert, deleting
  February's rollback records and expiring the staging token-service silence ask to change the data.
"""

PEMA = "2025-03-12T09:00:00+00:00"
SHURWIN = "2025-03-12T12:00:00+00:00"
CHIKONDI = "2025-03-13T07:30:00+00:00"
FARRUKH = "2025-03-12T14:00:00+00:00"
APUTSIAQ = "2025-03-14T11:00:00+00:00"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "ax001",
        "filters",
        "Kuzu zangpo la. Kindly show me the alerts that come within 15 minutes after a production deploy of the same "
        "service.",
        """SELECT * FROM alerts a
WHERE a.environment_canonical = 'production'
  AND EXISTS (
      SELECT 1 FROM change_events c
      WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
        AND c.service = a.service
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PEMA,
    ),
    (
        "ax002",
        "filters",
        "odi. checkout project alerts in the 30 min before the payments-api rollback went live yesterday, graag",
        """SELECT * FROM alerts
WHERE project = 'checkout'
  AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 30 MINUTE
                    AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        SHURWIN,
    ),
    (
        "ax003",
        "filters",
        "Good morning. Kindly list every production incident opened between 10 and 11 March 2025, both days "
        "inclusive, for which no suspect change was identified. Zikomo.",
        """SELECT * FROM alert_groups
WHERE environment = 'production'
  AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
  AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
  AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        CHIKONDI,
    ),
    (
        "ax004",
        "filters",
        "salom. give me early warnings what came in hour before payments-api incidents yesterday",
        """SELECT * FROM incident_warnings
WHERE service = 'payments-api'
  AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FARRUKH,
    ),
    (
        "ax005",
        "filters",
        "aluu. any alert in the search project in the hour after semantic ranking got switched off?",
        """SELECT * FROM alerts
WHERE project = 'search'
  AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 16:50:19.167+00'
                    AND TIMESTAMPTZ '2025-03-11 16:50:19.167+00' + INTERVAL 60 MINUTE""",
        APUTSIAQ,
    ),
    (
        "ax006",
        "filters",
        "Which production deploys were not followed by any alert on the same service within 15 minutes la?",
        """SELECT * FROM change_events c
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
  AND NOT EXISTS (
      SELECT 1 FROM alerts a
      WHERE a.service = c.service AND a.environment_canonical = c.environment
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PEMA,
    ),
    (
        "ax007",
        "filters",
        "prod flag flips wat got an incident on the same service within 30 min after",
        """SELECT * FROM change_events c
WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
  AND EXISTS (
      SELECT 1 FROM alert_groups g
      WHERE g.service = c.service AND g.environment = c.environment
        AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SHURWIN,
    ),
    (
        "ax008",
        "filters",
        "Please list all production alerts that started within the 60 minutes following a configuration change to "
        "the same service, over the whole history the store holds.",
        """SELECT * FROM alerts a
WHERE a.environment_canonical = 'production'
  AND EXISTS (
      SELECT 1 FROM change_events c
      WHERE c.type = 'config_update' AND c.phase = 'live'
        AND c.service = a.service AND c.environment = a.environment_canonical
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        CHIKONDI,
    ),
    (
        "ax009",
        "filters",
        "which early warnings was raised on payments-api in 30 minutes after v2.14.0 went to prod?",
        """SELECT * FROM warnings
WHERE labels['service'] = 'payments-api' AND labels['environment'] = 'production'
  AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                    AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        FARRUKH,
    ),
    (
        "ax010",
        "filters",
        "alerts w/ severity error or worse in march",
        """SELECT * FROM alerts
WHERE severity IN ('error', 'critical')
  AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
  AND starts_at <= TIMESTAMPTZ '2025-03-14 11:00:00+00'""",
        APUTSIAQ,
    ),
    (
        "ax011",
        "filters",
        "Kindly give the payments-api error log lines in production for the 10 minutes after v2.14.0 went live la.",
        """SELECT * FROM log_events
WHERE service = 'payments-api' AND environment = 'production' AND is_error
  AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                    AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        PEMA,
    ),
    (
        "ax012",
        "filters",
        "alerts wat came in via pagerduty on tuesday, prod only",
        """SELECT * FROM alerts
WHERE source = 'pagerduty-events' AND environment_canonical = 'production'
  AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHURWIN,
    ),
    (
        "ax013",
        "filters",
        "Could you please list the early warnings raised for payments-api on 11 March 2025 that started before the "
        "payments-api v2.14.0 production deployment went live? Warnings that started after the deployment should be "
        "left out.",
        """SELECT * FROM warnings
WHERE labels['service'] = 'payments-api'
  AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND starts_at < TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        CHIKONDI,
    ),
    (
        "ax014",
        "filters",
        "which alerts was firing in production at moment when payments-api rollback went live yesterday?",
        """SELECT * FROM alerts
WHERE environment_canonical = 'production'
  AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
  AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        FARRUKH,
    ),
    (
        "ax015",
        "filters",
        "checkout-web incidents on tue w/ their suspect if any: svc, alert, opened, suspect svc, suspect version",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
       s.change_service, coalesce(s.change_details['ref'], s.change_version) AS suspect_version
FROM alert_groups g
LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
WHERE g.service = 'checkout-web'
  AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ time
    (
        "ax016",
        "time",
        "What time did checkout-web first alert after the New checkout flow flag was switched on in production la?",
        """SELECT min(starts_at) AS first_alert FROM alerts
WHERE service = 'checkout-web'
  AND starts_at >= (
      SELECT min(timestamp) FROM change_events
      WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
        AND summary ILIKE '%New checkout flow%')""",
        PEMA,
    ),
    (
        "ax017",
        "time",
        "how many minutes from v2.14.0 going live in prod till the first payments-api alert after it?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes
FROM alerts
WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        SHURWIN,
    ),
    (
        "ax018",
        "time",
        "Please state how many minutes passed between the payments-api rollback in production on 11 March 2025 being "
        "requested and its going live, to one decimal place.",
        """SELECT round((epoch((
           SELECT min(timestamp) FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))
       - epoch((
           SELECT min(timestamp) FROM change_events
           WHERE type = 'rollback' AND phase = 'requested' AND service = 'payments-api'
             AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1) AS minutes""",
        CHIKONDI,
    ),
    (
        "ax019",
        "time",
        "how many alerts was per hour yesterday in prod?",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
FROM alerts
WHERE environment_canonical = 'production'
  AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
GROUP BY hour
ORDER BY alerts DESC, hour""",
        FARRUKH,
    ),
    (
        "ax020",
        "time",
        "at what time did the last prod deploy go live before the first PaymentsAPIErrorBudgetBurn alert on tue?",
        """SELECT max(timestamp) AS went_live FROM change_events
WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
  AND timestamp < (
      SELECT min(starts_at) FROM alerts
      WHERE name = 'PaymentsAPIErrorBudgetBurn'
        AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
        AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        APUTSIAQ,
    ),
    (
        "ax021",
        "time",
        "In the one hour before the first payments-api alert yesterday, what all changes went live la?",
        """SELECT * FROM change_events
WHERE phase = 'live' AND environment = 'production'
  AND timestamp BETWEEN (
          SELECT min(starts_at) FROM alerts
          WHERE service = 'payments-api'
            AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
            AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
      AND (
          SELECT min(starts_at) FROM alerts
          WHERE service = 'payments-api'
            AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
            AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        PEMA,
    ),
    (
        "ax022",
        "time",
        "each prod deploy yesterday: svc, when it went live, and when the first alert on that svc came after it "
        "(empty if none)",
        """SELECT c.service, c.timestamp AS went_live, min(a.starts_at) AS first_alert
FROM change_events c
LEFT JOIN alerts a
  ON a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
  AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
GROUP BY c.id, c.service, c.timestamp""",
        SHURWIN,
    ),
    (
        "ax023",
        "time",
        "For each production incident opened on 11 March 2025 that had a suspect change and has since been resolved, "
        "please give the service, the alert name, the opening time and how many minutes it stayed open, to one "
        "decimal place.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
       round((epoch(g.resolved_at) - epoch(g.opened_at)) / 60, 1) AS minutes
FROM alert_groups g
WHERE g.environment = 'production'
  AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
  AND g.resolved_at IS NOT NULL
  AND g.id IN (SELECT group_id FROM incident_suspects)""",
        CHIKONDI,
    ),
    (
        "ax024",
        "time",
        "how many minutes between first cart-service alert yesterday and moment when maria put her silence on "
        "cart-service?",
        """SELECT round((
    epoch((SELECT min(created_at) FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))
  - epoch((SELECT min(starts_at) FROM alerts
           WHERE service = 'cart-service'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1) AS minutes""",
        FARRUKH,
    ),
    (
        "ax025",
        "time",
        "alerts from any svc in the 30 min after v2.14.0 went live, counted per 5 min",
        """SELECT time_bucket(INTERVAL 5 MINUTE, starts_at) AS bucket, count(*) AS alerts
FROM alerts
WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                    AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
GROUP BY bucket
ORDER BY bucket""",
        APUTSIAQ,
    ),
    (
        "ax026",
        "time",
        "Which alerts were still firing at the moment the cart-service silence was created la?",
        """SELECT * FROM alerts
WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
  AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        PEMA,
    ),
    (
        "ax027",
        "time",
        "how much payments-api alerts between the v2.14.0 deploy and the rollback?",
        """SELECT count(*) FROM alerts
WHERE service = 'payments-api'
  AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        SHURWIN,
    ),
    (
        "ax028",
        "time",
        "Please compare the number of production alerts in the six hours before the payments-api v2.14.0 production "
        "deployment went live with the number in the six hours after it; I need both figures.",
        """SELECT
    count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 6 HOUR
                       AND starts_at < TIMESTAMPTZ '2025-03-11 14:31:22+00') AS alerts_before,
    count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
                       AND starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 6 HOUR) AS alerts_after
FROM alerts
WHERE environment_canonical = 'production'""",
        CHIKONDI,
    ),
    (
        "ax029",
        "time",
        "when started first alert on any service after user-profile v1.13.0 went to prod?",
        """SELECT min(starts_at) AS first_alert FROM alerts
WHERE starts_at >= (
    SELECT min(timestamp) FROM change_events
    WHERE type = 'deployment' AND phase = 'live' AND service = 'user-profile' AND environment = 'production'
      AND coalesce(details['ref'], version) = 'v1.13.0')""",
        FARRUKH,
    ),
    (
        "ax030",
        "time",
        "alerts this week vs last week, just the 2 counts",
        """SELECT
    count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                       AND starts_at <= TIMESTAMPTZ '2025-03-14 11:00:00+00') AS alerts_this_week,
    count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_last_week
FROM alerts""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "ax031",
        "aggregates",
        "How many production deploys were followed by an alert on the same service within 15 minutes la?",
        """SELECT count(*) FROM change_events c
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
  AND EXISTS (
      SELECT 1 FROM alerts a
      WHERE a.service = c.service AND a.environment_canonical = c.environment
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PEMA,
    ),
    (
        "ax032",
        "aggregates",
        "avg nr of alerts in the 15 min after each prod deploy (deploys with zero alerts also count)",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
    SELECT c.id, count(a.fingerprint) AS n
    FROM change_events c
    LEFT JOIN alerts a
      ON a.service = c.service AND a.environment_canonical = c.environment
     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
    WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
    GROUP BY c.id)""",
        SHURWIN,
    ),
    (
        "ax033",
        "aggregates",
        "What percentage of the production incidents opened in February 2025 had a suspect change? Please round to "
        "one decimal place.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
       AS pct_with_suspect
FROM alert_groups
WHERE environment = 'production'
  AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
  AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CHIKONDI,
    ),
    (
        "ax034",
        "aggregates",
        "average lead time of all early warnings before incidents yesterday, in minutes?",
        """SELECT round(avg(lead_min), 1) AS avg_lead_min FROM incident_warnings
WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FARRUKH,
    ),
    (
        "ax035",
        "aggregates",
        "median mins between a suspect change and its incident, all time",
        "SELECT round(median(lag_s) / 60, 1) AS median_minutes FROM incident_suspects",
        APUTSIAQ,
    ),
    (
        "ax036",
        "aggregates",
        "On average, how long did the incidents without any suspect change take to resolve, in minutes la?",
        """SELECT round(avg((epoch(resolved_at) - epoch(opened_at)) / 60), 1) AS avg_minutes
FROM alert_groups
WHERE resolved_at IS NOT NULL
  AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        PEMA,
    ),
    (
        "ax037",
        "aggregates",
        "how long was maria her cart-service silence really in place, minutes",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
FROM silences
WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        SHURWIN,
    ),
    (
        "ax038",
        "aggregates",
        "Please give the mean number of production deployments of the same service in the 60 minutes before each "
        "production incident opened on 11 March 2025, counting incidents that had none as zero, to one decimal place.",
        """SELECT round(avg(n), 1) AS avg_deploys FROM (
    SELECT g.id, count(c.id) AS n
    FROM alert_groups g
    LEFT JOIN change_events c
      ON c.type = 'deployment' AND c.phase = 'live'
     AND c.service = g.service AND c.environment = g.environment
     AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
    WHERE g.environment = 'production'
      AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
      AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
    GROUP BY g.id)""",
        CHIKONDI,
    ),
    (
        "ax039",
        "aggregates",
        "how many alerts was in prod in 2 hours before v2.14.0 deploy and how many in 2 hours after? both numbers",
        """SELECT
    count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 2 HOUR
                       AND starts_at < TIMESTAMPTZ '2025-03-11 14:31:22+00') AS alerts_before,
    count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
                       AND starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 2 HOUR) AS alerts_after
FROM alerts
WHERE environment_canonical = 'production'""",
        FARRUKH,
    ),
    (
        "ax040",
        "aggregates",
        "avg alerts per incident in prod, all time",
        "SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups WHERE environment = 'production'",
        APUTSIAQ,
    ),
    (
        "ax041",
        "aggregates",
        "What share of all incidents had an early warning before them la? In percent please.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
       AS pct_warned
FROM alert_groups""",
        PEMA,
    ),
    (
        "ax042",
        "aggregates",
        "incidents yesterday wat had early warnings: on avg how much warnings per incident?",
        """SELECT round(avg(n), 1) AS avg_warnings FROM (
    SELECT group_id, count(*) AS n FROM incident_warnings
    WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
    GROUP BY group_id)""",
        SHURWIN,
    ),
    (
        "ax043",
        "aggregates",
        "Please provide the median duration, in minutes to one decimal place, of the resolved production alerts that "
        "started within 15 minutes after a production deployment of the same service.",
        """SELECT round(median((epoch(a.ends_at) - epoch(a.starts_at)) / 60), 1) AS median_minutes
FROM alerts a
WHERE a.status = 'resolved' AND a.environment_canonical = 'production'
  AND EXISTS (
      SELECT 1 FROM change_events c
      WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
        AND c.service = a.service
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CHIKONDI,
    ),
    (
        "ax044",
        "aggregates",
        "how many error log lines payments-api had in 15 min before rollback went live, and how many in 15 min "
        "after? both",
        """SELECT
    count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 15 MINUTE
                       AND timestamp < TIMESTAMPTZ '2025-03-11 14:56:37+00') AS errors_before,
    count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-11 14:56:37+00'
                       AND timestamp <= TIMESTAMPTZ '2025-03-11 14:56:37+00' + INTERVAL 15 MINUTE) AS errors_after
FROM log_events
WHERE service = 'payments-api' AND environment = 'production' AND is_error""",
        FARRUKH,
    ),
    (
        "ax045",
        "aggregates",
        "what % of flag flips got an alert on the same svc within 1h after",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM alerts a
           WHERE a.service = c.service AND a.environment_canonical = c.environment
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1) AS pct
FROM change_events c
WHERE c.type = 'flag_change' AND c.phase = 'live'""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "ax046",
        "top_n",
        "Which service got the most alerts within 15 minutes after its own deploys la? Only the top one please.",
        """SELECT a.service, count(DISTINCT a.fingerprint || '|' || a.starts_at::VARCHAR) AS alerts
FROM alerts a
JOIN change_events c
  ON c.type = 'deployment' AND c.phase = 'live'
 AND c.service = a.service AND c.environment = a.environment_canonical
 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
GROUP BY a.service
ORDER BY alerts DESC, a.service
LIMIT 1""",
        PEMA,
    ),
    (
        "ax047",
        "top_n",
        "top 3 deployers by deploys wat got an alert on the same svc within 15 min after",
        """SELECT c.actor, count(*) AS deploys
FROM change_events c
WHERE c.type = 'deployment' AND c.phase = 'live'
  AND EXISTS (
      SELECT 1 FROM alerts a
      WHERE a.service = c.service AND a.environment_canonical = c.environment
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
GROUP BY c.actor
ORDER BY deploys DESC, c.actor
LIMIT 3""",
        SHURWIN,
    ),
    (
        "ax048",
        "top_n",
        "Please list the three alert names with the largest number of production incidents that had no suspect "
        "change, with the number of such incidents for each.",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents
FROM alert_groups
WHERE environment = 'production'
  AND id NOT IN (SELECT group_id FROM incident_suspects)
GROUP BY alertname
ORDER BY incidents DESC, alertname
LIMIT 3""",
        CHIKONDI,
    ),
    (
        "ax049",
        "top_n",
        "which 2 service had most incidents with early warning before them?",
        """SELECT service, count(DISTINCT group_id) AS incidents
FROM incident_warnings
GROUP BY service
ORDER BY incidents DESC, service
LIMIT 2""",
        FARRUKH,
    ),
    (
        "ax050",
        "top_n",
        "which change type gets blamed as suspect the most? just 1",
        """SELECT change_type, count(*) AS incidents
FROM incident_suspects
GROUP BY change_type
ORDER BY incidents DESC, change_type
LIMIT 1""",
        APUTSIAQ,
    ),
    (
        "ax051",
        "top_n",
        "Whose changes were blamed as the suspect for the most incidents la? Top two people only.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
FROM incident_suspects
GROUP BY change_actor
ORDER BY incidents DESC, change_actor
LIMIT 2""",
        PEMA,
    ),
    (
        "ax052",
        "top_n",
        "even the busiest hour yesterday by alerts, only the top one",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
FROM alerts
WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
GROUP BY hour
ORDER BY alerts DESC, hour
LIMIT 1""",
        SHURWIN,
    ),
    (
        "ax053",
        "top_n",
        "Which production deployment was followed by the largest number of alerts on the same service within 30 "
        "minutes of going live? Please give its service, version, the time it went live and the alert count.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp, count(*) AS alerts
FROM change_events c
JOIN alerts a
  ON a.service = c.service AND a.environment_canonical = c.environment
 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
GROUP BY c.id, c.service, c.details, c.version, c.timestamp
ORDER BY alerts DESC, c.timestamp
LIMIT 1""",
        CHIKONDI,
    ),
    (
        "ax054",
        "top_n",
        "who created most silences during incidents this week?",
        """SELECT s.created_by, count(*) AS silences
FROM silences s
WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
  AND s.created_at <= TIMESTAMPTZ '2025-03-12 14:00:00+00'
  AND EXISTS (
      SELECT 1 FROM alert_groups g
      WHERE g.service = s.service
        AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
        AND s.created_at BETWEEN g.opened_at
                             AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 14:00:00+00'))
GROUP BY s.created_by
ORDER BY silences DESC, s.created_by
LIMIT 1""",
        FARRUKH,
    ),
    (
        "ax055",
        "top_n",
        "top 3 svc by error log lines in the 30 min after v2.14.0 went live, any svc",
        """SELECT service, count(*) AS error_lines
FROM log_events
WHERE is_error
  AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                    AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
GROUP BY service
ORDER BY error_lines DESC, service
LIMIT 3""",
        APUTSIAQ,
    ),
    (
        "ax056",
        "top_n",
        "Which day in March had the most deploys la?",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys
FROM change_events
WHERE type = 'deployment' AND phase = 'live'
  AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
  AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
GROUP BY day
ORDER BY deploys DESC, day
LIMIT 1""",
        PEMA,
    ),
    (
        "ax057",
        "top_n",
        "wich svc got rolled back the most times",
        """SELECT service, count(*) AS rollbacks
FROM change_events
WHERE type = 'rollback' AND phase = 'live'
GROUP BY service
ORDER BY rollbacks DESC, service
LIMIT 1""",
        SHURWIN,
    ),
    (
        "ax058",
        "top_n",
        "Which incident had its earliest early warning the longest time before it opened? Please give the service, "
        "the alert name, the opening time and that lead in minutes.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, max(lead_min) AS lead_min
FROM incident_warnings
GROUP BY group_id, service, alertname, opened_at
ORDER BY max(lead_min) DESC
LIMIT 1""",
        CHIKONDI,
    ),
    (
        "ax059",
        "top_n",
        "which 3 services got most alerts in 24 hours after their own prod deploy?",
        """SELECT a.service, count(DISTINCT a.fingerprint || '|' || a.starts_at::VARCHAR) AS alerts
FROM alerts a
JOIN change_events c
  ON c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
 AND c.service = a.service AND c.environment = a.environment_canonical
 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 24 HOUR
GROUP BY a.service
ORDER BY alerts DESC, a.service
LIMIT 3""",
        FARRUKH,
    ),
    (
        "ax060",
        "top_n",
        "top 2 svc by incidents w/o any early warning before them",
        """SELECT service, count(*) AS incidents
FROM alert_groups
WHERE id NOT IN (SELECT group_id FROM incident_warnings)
GROUP BY service
ORDER BY incidents DESC, service
LIMIT 2""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ changes
    (
        "ax061",
        "changes",
        "Which production deploys were blamed as the suspect of some incident la?",
        """SELECT * FROM change_events
WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
  AND id IN (SELECT change_id FROM incident_suspects)""",
        PEMA,
    ),
    (
        "ax062",
        "changes",
        "staging deploys yesterday with no alert on the same svc in the 15 min after",
        """SELECT * FROM change_events c
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
  AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
  AND NOT EXISTS (
      SELECT 1 FROM alerts a
      WHERE a.service = c.service AND a.environment_canonical = c.environment
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SHURWIN,
    ),
    (
        "ax063",
        "changes",
        "Please list every production change, of any type, that went live while an incident on the same service was "
        "open, with the service, the change type, who made it and when.",
        """SELECT c.service, c.type, c.actor, c.timestamp
FROM change_events c
WHERE c.phase = 'live' AND c.environment = 'production'
  AND EXISTS (
      SELECT 1 FROM alert_groups g
      WHERE g.service = c.service AND g.environment = c.environment
        AND c.timestamp BETWEEN g.opened_at
                            AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:30:00+00'))""",
        CHIKONDI,
    ),
    (
        "ax064",
        "changes",
        "who changed something on payments-api in prod while incident on payments-api was open yesterday?",
        """SELECT DISTINCT c.actor
FROM change_events c
WHERE c.phase = 'live' AND c.service = 'payments-api' AND c.environment = 'production'
  AND EXISTS (
      SELECT 1 FROM alert_groups g
      WHERE g.service = 'payments-api' AND g.environment = 'production'
        AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
        AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        AND c.timestamp BETWEEN g.opened_at
                            AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 14:00:00+00'))""",
        FARRUKH,
    ),
    (
        "ax065",
        "changes",
        "which version of payments-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) AS version
FROM change_events
WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
  AND type IN ('deployment', 'rollback')
ORDER BY timestamp DESC
LIMIT 1""",
        APUTSIAQ,
    ),
    (
        "ax066",
        "changes",
        "What all changed in the 15 minutes before the first checkout-web alert yesterday la?",
        """SELECT * FROM change_events
WHERE phase = 'live' AND environment = 'production'
  AND timestamp BETWEEN (
          SELECT min(starts_at) FROM alerts
          WHERE service = 'checkout-web'
            AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
            AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 15 MINUTE
      AND (
          SELECT min(starts_at) FROM alerts
          WHERE service = 'checkout-web'
            AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
            AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        PEMA,
    ),
    (
        "ax067",
        "changes",
        "flag changes followed by a critical alert on the same svc within 1h",
        """SELECT * FROM change_events c
WHERE c.type = 'flag_change' AND c.phase = 'live'
  AND EXISTS (
      SELECT 1 FROM alerts a
      WHERE a.severity = 'critical'
        AND a.service = c.service AND a.environment_canonical = c.environment
        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        SHURWIN,
    ),
    (
        "ax068",
        "changes",
        "Could you list the releases published on 11 March 2025 and, for each one, its service, version, publication "
        "time and whether a live production deployment of that same version of the service followed within 45 "
        "minutes (true or false)?",
        """SELECT r.service, coalesce(r.details['ref'], r.version) AS version, r.timestamp,
       EXISTS (
           SELECT 1 FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.service = r.service
             AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
             AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 45 MINUTE) AS deployed_within_45_min
FROM change_events r
WHERE r.type = 'release' AND r.phase = 'live'
  AND r.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND r.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CHIKONDI,
    ),
    (
        "ax069",
        "changes",
        "give me changes by humans in prod yesterday, not argocd and not deployment-controller",
        """SELECT * FROM change_events
WHERE phase = 'live' AND environment = 'production'
  AND actor NOT IN ('argocd (automated)', 'deployment-controller')
  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FARRUKH,
    ),
    (
        "ax070",
        "changes",
        "changes made on a svc while a silence on that svc was active",
        """SELECT * FROM change_events c
WHERE c.phase = 'live'
  AND EXISTS (
      SELECT 1 FROM silences s
      WHERE s.service = c.service
        AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
        AND c.timestamp >= s.starts_at
        AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        APUTSIAQ,
    ),
    (
        "ax071",
        "changes",
        "Who did the rollbacks that went live within one hour after an incident opened on the same service la?",
        """SELECT DISTINCT c.actor
FROM change_events c
WHERE c.type = 'rollback' AND c.phase = 'live'
  AND EXISTS (
      SELECT 1 FROM alert_groups g
      WHERE g.service = c.service AND g.environment = c.environment
        AND c.timestamp BETWEEN g.opened_at AND g.opened_at + INTERVAL 60 MINUTE)""",
        PEMA,
    ),
    (
        "ax072",
        "changes",
        "last 5 changes before the payments rollback went live yesterday",
        """SELECT * FROM change_events
WHERE phase = 'live' AND timestamp < TIMESTAMPTZ '2025-03-11 14:56:37+00'
ORDER BY timestamp DESC
LIMIT 5""",
        SHURWIN,
    ),
    (
        "ax073",
        "changes",
        "Please list each deployment that went live in production in February 2025 with its service, who deployed "
        "it, the time it went live and the number of alerts on the same service that started within 60 minutes after "
        "it, including deployments with no such alerts.",
        """SELECT c.service, c.actor, c.timestamp, count(a.fingerprint) AS alerts
FROM change_events c
LEFT JOIN alerts a
  ON a.service = c.service AND a.environment_canonical = c.environment
 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
  AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
  AND c.timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
GROUP BY c.id, c.service, c.actor, c.timestamp""",
        CHIKONDI,
    ),
    (
        "ax074",
        "changes",
        "config changes which was suspect for some incident",
        """SELECT * FROM change_events
WHERE type = 'config_update' AND phase = 'live'
  AND id IN (SELECT change_id FROM incident_suspects)""",
        FARRUKH,
    ),
    (
        "ax075",
        "changes",
        "deploys that got a rollback of the same svc within the hour after",
        """SELECT * FROM change_events d
WHERE d.type = 'deployment' AND d.phase = 'live'
  AND EXISTS (
      SELECT 1 FROM change_events r
      WHERE r.type = 'rollback' AND r.phase = 'live'
        AND r.service = d.service AND r.environment = d.environment
        AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ silences
    (
        "ax076",
        "silences",
        "Which silences were put on while an incident on the same service was still open la?",
        """SELECT * FROM silences s
WHERE EXISTS (
    SELECT 1 FROM alert_groups g
    WHERE g.service = s.service
      AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
      AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:00:00+00'))""",
        PEMA,
    ),
    (
        "ax077",
        "silences",
        "silences made during an incident wat were still on after that incident got resolved",
        """SELECT * FROM silences s
WHERE EXISTS (
    SELECT 1 FROM alert_groups g
    WHERE g.service = s.service
      AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
      AND g.resolved_at IS NOT NULL
      AND s.created_at BETWEEN g.opened_at AND g.resolved_at
      AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.resolved_at)""",
        SHURWIN,
    ),
    (
        "ax078",
        "silences",
        "For each silence created in March 2025, please give its id, its author and the number of alerts that "
        "Alertmanager actually held back under it, including silences that held back none.",
        """SELECT s.silence_id, s.created_by, count(m.id) AS muted_alerts
FROM silences s
LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
  AND s.created_at <= TIMESTAMPTZ '2025-03-13 07:30:00+00'
GROUP BY s.silence_id, s.created_by""",
        CHIKONDI,
    ),
    (
        "ax079",
        "silences",
        "silences created in 30 min after alert on same service started: silence id, author, alert name, alert start",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
FROM silences s
JOIN alerts a
  ON a.service = s.service
 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 30 MINUTE""",
        FARRUKH,
    ),
    (
        "ax080",
        "silences",
        "sils set during an incident that ran out or got expired while that incident was still open (open incidents "
        "count as still open)",
        """SELECT * FROM silences s
WHERE EXISTS (
    SELECT 1 FROM alert_groups g
    WHERE g.service = s.service
      AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
      AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 11:00:00+00')
      AND least(s.ends_at, coalesce(s.expired_at, s.ends_at))
          < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 11:00:00+00'))""",
        APUTSIAQ,
    ),
    (
        "ax081",
        "silences",
        "How many silences were created within 30 minutes after an alert started on the same service la?",
        """SELECT count(*) FROM silences s
WHERE EXISTS (
    SELECT 1 FROM alerts a
    WHERE a.service = s.service
      AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
      AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 30 MINUTE)""",
        PEMA,
    ),
    (
        "ax082",
        "silences",
        "tuesday: who put silences on while an incident was open on the same svc?",
        """SELECT DISTINCT s.created_by
FROM silences s
WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
  AND EXISTS (
      SELECT 1 FROM alert_groups g
      WHERE g.service = s.service
        AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
        AND s.created_at BETWEEN g.opened_at
                             AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00'))""",
        SHURWIN,
    ),
    (
        "ax083",
        "silences",
        "Please list all silences, in any environment, that were in effect at the moment the payments-api v2.14.0 "
        "deployment went live in production.",
        """SELECT * FROM silences
WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
  AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
  AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        CHIKONDI,
    ),
    (
        "ax084",
        "silences",
        "total minutes silences was really in place per author, only silences created in march",
        """SELECT created_by,
       round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
FROM silences
WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
  AND created_at <= TIMESTAMPTZ '2025-03-12 14:00:00+00'
GROUP BY created_by
ORDER BY minutes DESC""",
        FARRUKH,
    ),
    (
        "ax085",
        "silences",
        "which indexer silences were in effect when the indexer disk alert fired on wed at 03:43?",
        """SELECT * FROM silences
WHERE service = 'indexer'
  AND starts_at <= TIMESTAMPTZ '2025-03-12 03:43:35.32003+00'
  AND ends_at > TIMESTAMPTZ '2025-03-12 03:43:35.32003+00'
  AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 03:43:35.32003+00')""",
        APUTSIAQ,
    ),
    (
        "ax086",
        "silences",
        "How many silences did each person create while an incident on the same service was open la?",
        """SELECT s.created_by, count(*) AS silences
FROM silences s
WHERE EXISTS (
    SELECT 1 FROM alert_groups g
    WHERE g.service = s.service
      AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
      AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:00:00+00'))
GROUP BY s.created_by
ORDER BY silences DESC, s.created_by""",
        PEMA,
    ),
    (
        "ax087",
        "silences",
        "silences made on tuesday: id, who made it and how many minutes it was really in place",
        """SELECT silence_id, created_by,
       round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
FROM silences
WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHURWIN,
    ),
    (
        "ax088",
        "silences",
        "Please list the production incidents during which a silence on the same service was created, covering the "
        "entire history held in the store.",
        """SELECT * FROM alert_groups g
WHERE g.environment = 'production'
  AND EXISTS (
      SELECT 1 FROM silences s
      WHERE s.service = g.service
        AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
        AND s.created_at BETWEEN g.opened_at
                             AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:30:00+00'))""",
        CHIKONDI,
    ),
    (
        "ax089",
        "silences",
        "how many alerts started during active silence on same service, per service?",
        """SELECT a.service, count(*) AS alerts
FROM alerts a
WHERE EXISTS (
    SELECT 1 FROM silences s
    WHERE s.service = a.service
      AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
      AND a.starts_at >= s.starts_at
      AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))
GROUP BY a.service
ORDER BY alerts DESC, a.service""",
        FARRUKH,
    ),
    (
        "ax090",
        "silences",
        "indexer silences that never muted anything acc. to alertmanager. qujanaq",
        """SELECT * FROM silences s
WHERE s.service = 'indexer'
  AND NOT EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ joins
    (
        "ax091",
        "joins",
        "For each production deploy yesterday, how many alerts came on the same service in the next 15 minutes la? "
        "Service, who deployed and the count, zero also.",
        """SELECT c.service, c.actor, count(a.fingerprint) AS alerts
FROM change_events c
LEFT JOIN alerts a
  ON a.service = c.service AND a.environment_canonical = c.environment
 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
  AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
GROUP BY c.id, c.service, c.actor""",
        PEMA,
    ),
    (
        "ax092",
        "joins",
        "Kindly show each incident with its suspect change: the incident's service, alert name, when it opened, the "
        "change type, who made it and how many minutes before the incident it went live.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_type, change_actor,
       round(lag_s / 60, 1) AS minutes_before
FROM incident_suspects""",
        PEMA,
    ),
    (
        "ax093",
        "joins",
        "Kindly list the production incidents that had neither an early warning nor a suspect change la.",
        """SELECT * FROM alert_groups
WHERE environment = 'production'
  AND id NOT IN (SELECT group_id FROM incident_suspects)
  AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        PEMA,
    ),
    (
        "ax094",
        "joins",
        "alerts on checkout-web in the 15 min after the payments-api v2.14.0 deploy",
        """SELECT * FROM alerts
WHERE service = 'checkout-web' AND environment_canonical = 'production'
  AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                    AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        SHURWIN,
    ),
    (
        "ax095",
        "joins",
        "every prod flag change: the flag, who did it, and did an alert on the same svc follow within 1h (true/false)",
        """SELECT c.details['flag_key'] AS flag, c.actor,
       EXISTS (
           SELECT 1 FROM alerts a
           WHERE a.service = c.service AND a.environment_canonical = c.environment
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE) AS alert_within_1h
FROM change_events c
WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'""",
        SHURWIN,
    ),
    (
        "ax096",
        "joins",
        "rollbacks wat went live while an incident on the same svc was open: svc, version, time, incident alert name, "
        "incident opened",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
       g.group_labels['alertname'] AS alertname, g.opened_at
FROM change_events c
JOIN alert_groups g
  ON g.service = c.service AND g.environment = c.environment
 AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00')
WHERE c.type = 'rollback' AND c.phase = 'live'""",
        SHURWIN,
    ),
    (
        "ax097",
        "joins",
        "Please list every early warning that came before an incident on its own service, giving the warning's alert "
        "name, the metric key, when the warning started, the incident's alert name, when the incident opened and the "
        "lead in minutes.",
        """SELECT warning_alertname, metric_key, warned_at, group_labels['alertname'] AS incident_alertname,
       opened_at, lead_min
FROM incident_warnings
WHERE same_service""",
        CHIKONDI,
    ),
    (
        "ax098",
        "joins",
        "Please list each silence created on 11 March 2025 together with the alerts on the same service that were "
        "firing at the moment it was created: the silence id, its author, the alert name and the alert's start time.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
FROM silences s
JOIN alerts a
  ON a.service = s.service
 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
 AND a.starts_at <= s.created_at AND (a.ends_at IS NULL OR a.ends_at > s.created_at)
WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CHIKONDI,
    ),
    (
        "ax099",
        "joins",
        "Please list the production incidents opened in March 2025 whose suspect change was made to a different "
        "service from the incident's own, giving the incident's service, alert name and opening time, and the "
        "suspect change's service and version.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
       change_service, coalesce(change_details['ref'], change_version) AS change_version
FROM incident_suspects
WHERE environment = 'production'
  AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
  AND opened_at <= TIMESTAMPTZ '2025-03-13 07:30:00+00'
  AND change_service <> service""",
        CHIKONDI,
    ),
    (
        "ax100",
        "joins",
        "for each incident yesterday in prod, how many changes went live on same service in hour before it? zero "
        "also. service, alert name, opened, count",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, count(c.id) AS changes
FROM alert_groups g
LEFT JOIN change_events c
  ON c.phase = 'live' AND c.service = g.service AND c.environment = g.environment
 AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
WHERE g.environment = 'production'
  AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
  AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
GROUP BY g.id, g.service, alertname, g.opened_at""",
        FARRUKH,
    ),
    (
        "ax101",
        "joins",
        "which deploys had alert on same service in 15 min after? give deploy service, who deployed, when, alert "
        "name, alert start",
        """SELECT c.service, c.actor, c.timestamp, a.name, a.starts_at
FROM change_events c
JOIN alerts a
  ON a.service = c.service AND a.environment_canonical = c.environment
 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
WHERE c.type = 'deployment' AND c.phase = 'live'""",
        FARRUKH,
    ),
    (
        "ax102",
        "joins",
        "early warnings what was not followed by any incident on same service in next hour",
        """SELECT * FROM warnings w
WHERE NOT EXISTS (
    SELECT 1 FROM alert_groups g
    WHERE g.service = w.labels['service'] AND g.environment = w.labels['environment']
      AND g.opened_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 60 MINUTE)""",
        FARRUKH,
    ),
    (
        "ax103",
        "joins",
        "incidents fixed by rolling back, w/ their suspect if any: svc, alert, opened, suspect change type, who "
        "made it",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, s.change_type, s.change_actor
FROM alert_groups g
JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'""",
        APUTSIAQ,
    ),
    (
        "ax104",
        "joins",
        "which alerts got acked while still firing? alert name, svc, when it started, who acked",
        """SELECT a.name, a.service, a.starts_at, l.actor
FROM alerts a
JOIN audit_log l
  ON l.action = 'ack'
 AND len([m FOR m IN l.matchers
          IF m.name = 'alertname' AND m.value = a.name AND m.is_equal AND NOT m.is_regex]) > 0
 AND len([m FOR m IN l.matchers
          IF m.name = 'service' AND m.value = a.service AND m.is_equal AND NOT m.is_regex]) > 0
 AND l.timestamp >= a.starts_at AND (a.ends_at IS NULL OR l.timestamp < a.ends_at)""",
        APUTSIAQ,
    ),
    (
        "ax105",
        "joins",
        "each prod rollback: svc, when it went live, and when the last alert on that svc started before it",
        """SELECT c.service, c.timestamp AS went_live, max(a.starts_at) AS last_alert
FROM change_events c
LEFT JOIN alerts a
  ON a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at <= c.timestamp
WHERE c.type = 'rollback' AND c.phase = 'live' AND c.environment = 'production'
GROUP BY c.id, c.service, c.timestamp""",
        APUTSIAQ,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "ax106",
        "refusals",
        "Kindly suggest a good method to forecast the number of tourist arrivals for the next autumn season la.",
        "not_about_this_data",
        PEMA,
    ),
    (
        "ax107",
        "refusals",
        "deploys of rice-tracker to prod this week, graag",
        "ungrounded",
        SHURWIN,
    ),
    (
        "ax108",
        "refusals",
        "Please mark the open checkout-web incident from 11 March 2025 as resolved and record the fix as 'rollback "
        "of payments-api'. Zikomo.",
        "asks_to_change_data",
        CHIKONDI,
    ),
    (
        "ax109",
        "refusals",
        "give me alerts from cluster prod-ap-central-1 yesterday",
        "ungrounded",
        FARRUKH,
    ),
    (
        "ax110",
        "refusals",
        "create a silence on indexer for every monday 22:00-23:30 pls",
        "asks_to_change_data",
        APUTSIAQ,
    ),
    (
        "ax111",
        "refusals",
        "Please silence the indexer DiskSpaceLow alert for the next 2 hours la.",
        "asks_to_change_data",
        PEMA,
    ),
    (
        "ax112",
        "refusals",
        "odi, wat is the SRD to US dollar koers today?",
        "not_about_this_data",
        SHURWIN,
    ),
    (
        "ax113",
        "refusals",
        "Please list all deployments to the uat environment during March 2025, with their versions.",
        "ungrounded",
        CHIKONDI,
    ),
    (
        "ax114",
        "refusals",
        "how to set up argo rollouts canary analysis with prometheus metrics? rahmat",
        "not_about_this_data",
        FARRUKH,
    ),
    (
        "ax115",
        "refusals",
        "alerts on license-portal this week",
        "ungrounded",
        APUTSIAQ,
    ),
    (
        "ax116",
        "refusals",
        "Which changes did karma.wangchuk make in production this month la?",
        "ungrounded",
        PEMA,
    ),
    (
        "ax117",
        "refusals",
        "delete the february rollback records pls, they mess up my report",
        "asks_to_change_data",
        SHURWIN,
    ),
    (
        "ax118",
        "refusals",
        "What fertiliser application rate per hectare should we advise for maize in the Central Region this season? "
        "Zikomo.",
        "not_about_this_data",
        CHIKONDI,
    ),
    (
        "ax119",
        "refusals",
        "expire the token-service silence in staging, it is not needed anymore",
        "asks_to_change_data",
        FARRUKH,
    ),
    (
        "ax120",
        "refusals",
        "whats the halibut quota for west greenland this year",
        "not_about_this_data",
        APUTSIAQ,
    ),
]
