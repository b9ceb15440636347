"""The eighty-eighth ask question set: ids hy001..hy120, 15 per category.

Written by an outside author who saw neither the parser, nor its tests, nor the paraphrases, nor any other set's
questions, at the same time as another outside author writing the eighty-ninth set (whose file this author never
opened). What the author read, and nothing else: the brief; the project's design notes (``DESIGN.md``, whole);
``docs/store.md`` (printed whole, its middle cut off by the terminal, then printed again by line range in two pieces);
the "Shapes and joins" section of ``docs/ask.md`` alone (its line range found by listing the headings with grep, printed
in two pieces; the terminal cut some thirty lines out of the first and nine out of the second, and those lines were
printed again by their line numbers), taken as the rules for the shape of every gold answer; the module docstring of
``ask_questions`` (its middle paragraphs were cut off by the terminal and not printed again) and its functions
``_question`` and ``validate``; the module docstrings of the earlier sets, written with ``ast.get_docstring`` into a
scratch folder, the forty-ninth's read whole (its "Conventions" followed where a question leaves room) and the rest
grepped for first languages, ways of writing and cities so that none of these five repeats one; the first ten rows of
``ask_questions_thirtieth`` imported in Python and the lines defining its module-level now constants (one grep), for the
file's format; and the demo store, copied to a scratch folder and opened read-only (records from 2025-01-02 to
2025-03-12 06:00 UTC, most of them on 2025-03-11, the day of the payments-api v2.14.0 outage). File names seen in the
listing of ``benchmarks/`` were seen, nothing more. Each row is ``(id, category, question, gold, now)``. A refusal's
gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (a service, person, environment or
cluster the store does not hold); any other gold is one DuckDB SELECT over the documented tables and views, compared
with the answer as a multiset of rows. Each gold was passed through the gate (``sql_guard.safe``, called, its code not
read) and run on the store copy, and the rows were passed through ``_question``.

Five people ask, developers on product teams (not SREs) who each own a service or two and open the alerting data only
now and then. They write with their code habits (snake_case column words, ``null``, ``!=``, ``&&``, "e.g.", "prod vs
stg", "i.e."), ask about their own service's deploys and what fired after them, about flags they or their team
toggled, and sometimes ask two things in one message. The five first languages (Kannada, Burmese, Luxembourgish, Basque,
Javanese) and the five cities are named by no earlier docstring. Each asks three questions in every category
(24 each, three of them refusals):

- a backend developer of a school-fees payments start-up in Mysuru who owns payments-api (the v2.14.0 deploy of 11
  March is theirs), first language Kannada, writing fluent Indian English with Kannada turns ("na" as a tag, "what
  all", "itself", "pls", "rn") and SQL in the middle of sentences ("severity = 'critical'", "count(*) group by
  severity", "ends_at is null", "resolved_at != null"); now Thursday 13 March 11:00 IST, 2025-03-13 05:30 UTC;
- a mobile developer of a bus-ticket booking app in Yangon whose Android and iOS clients call payments-api, cart-service
  and checkout-web, first language Burmese: articles and plural endings dropped ("checkout-web alert on 11 march, all
  column pls"), verbs left in the present ("who flip it", "rollback go live"), "already", "only 1", a word about the
  app's users now and then; now Friday 14 March 15:30 MMT, 2025-03-14 09:00 UTC;
- a data engineer of a freight-rail company in Esch-sur-Alzette who owns the indexer feed of the search project and
  reads metric names and ``log_events`` columns as they are stored, first language Luxembourgish (French and German
  beside it): "Moien" as a greeting, dates written "12.03.", the clock as "22h", "since 1.03.", "mon-sun", "both envs";
  now Monday 17 March 09:00 CET, 2025-03-17 08:00 UTC;
- a QA lead of a surf-school booking platform in Donostia / San Sebastián who compares staging with production for the
  identity services (the passkey-login flag, auth-api releases), first language Basque (Spanish the second): "Aupa!",
  "no?" as a tag, "eskerrik asko", "the 11th", "stg && prod", the clock as "10h"; now Thursday 13 March 14:00 CET,
  2025-03-13 13:00 UTC;
- a junior developer in the first on-call week of their life at a batik marketplace in Semarang, on the identity team
  (token-service, user-profile), first language Javanese (Indonesian the second): "mas" to a senior colleague,
  "sorry", "already have", "still firing now", "how long it was firing", "who ever deploy"; the on-call week began on
  Monday 10 March 00:00 UTC; now Saturday 15 March 10:00 WIB, 2025-03-15 03:00 UTC.

42 of the 105 questions that are not refusals relate two kinds of record: filters hy006, hy007, hy009, hy015; time
hy017, hy020, hy024, hy026, hy029; aggregates hy033, hy036, hy041, hy044; top_n hy047, hy050, hy053, hy056, hy060;
changes hy063, hy066, hy069, hy074; silences hy077, hy080, hy083, hy086, hy089; and all fifteen joins (hy091..hy105).
Every gold returns at least one row.

Conventions (the shapes of docs/ask.md and the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every team keeps its board in UTC, so days are UTC days whatever the city.
  The nows: backend developer 2025-03-13 05:30, mobile developer 2025-03-14 09:00, data engineer 2025-03-17 08:00,
  QA lead 2025-03-13 13:00, junior developer 2025-03-15 03:00, all after every record. "On 11th", "11 march", "the
  11th" are ``[2025-03-11, 2025-03-12)``, "on 12.03." ``[2025-03-12, 2025-03-13)``; "in march", "since 1.03." from
  2025-03-01 to now; "in february" ``[2025-02-01, 2025-03-01)``; the data engineer's "last week (mon-sun)" is
  ``[2025-03-10, 2025-03-17)``; the junior developer's "since my oncall start", "since monday" run from 2025-03-10 to
  now; "between 14:30 and 14:40", "between 6h and 9h", "between 10h and 12h" include the start and exclude the end;
  "the night from 11 to 12 march, between 22h and 6h" is ``[2025-03-11 22:00, 2025-03-12 06:00)``; "all time",
  "ever" have no window. A thing is in a window by its own time: an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's
  ``starts_at``, a sample's or log line's ``timestamp``. "Still firing now", "ends_at is null right now" are the state
  at now (``starts_at <= now AND (ends_at IS NULL OR ends_at > now)``); "firing at 14:50" the state at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list, ``environment_canonical`` for the environment);
  incidents are ``alert_groups`` rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL);
  silences the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at`` ("really on", "really in place", "ended" use that end; "total silenced hours" sums that span in hours).
  Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'``, "rollback", "flag", "config
  changes", "scale-downs" their types (a scale-down has ``details['replicas_to'] < details['replicas_from']`` as
  integers), "changes" of any type every live report. A version is ``coalesce(details['ref'], version)``
  (``coalesce(change_details['ref'], change_version)`` in the incident views); the version "live in prod rn" / "running
  now" is that of the last live deployment or rollback of that service and environment. "My v2.14.0 deploy" is the
  live production deployment of payments-api v2.14.0; "the rollback" (of 11 March) the live production rollback of
  payments-api that day; "the passkey-login flag on in staging" the live staging flag change whose
  ``details['flag_key']`` is passkey-login; "the nightly reindex silence of 12.03." kenji's indexer silence created
  that day; "lucie's token-service silence" the only silence pinning token-service; "the SMTP alert" the only alert
  whose name starts with SMTP. People are as stored ("kenji", "lucie" are ``ILIKE '%kenji%'`` and ``'%lucie%'``;
  "dpatel" is the actor ``dpatel``). "Checkout services" are, for alerts, changes and incidents, ``project =
  'checkout'``; for silences any service the checkout project's alerts or changes name, or a ``project`` matcher on
  checkout. "The identity project", "search project services" are ``project = 'identity'`` and ``'search'``.
- Relations keep the first kind named and meet the other on service and canonical environment (a change's or
  incident's environment against ``alerts.environment_canonical``; a warning's ``labels['service']`` and
  ``labels['environment']``); an alert or incident "within N min after" / "in the N min after" a change starts (opens)
  in ``[t, t + N]`` ("1 hour" is 60 minutes); changes "in the 1 hour before" / "in 30 min before" an alert are those of
  the alert's environment in ``[t - N, t]`` (any service when the question says so, the named one otherwise); alerts "in
  the 30 min before the rollback go live" are every service's in ``[t - 30 min, t]``; "in the 1 hour after payments-api
  v2.14.0 go live, any service" every service's in ``[t, t + 60 min]``. "cart-service alerts ... after payments-api
  deploy" meet each side on its own named service and on the environment. A silence meets the other side on its
  service and, when it pins one, its environment: alerts "firing while its silence was on" share a moment with its
  span; alerts "which started while a silence was in place" and deploys that "went out while a silence was in effect"
  have their time in the span (start included, end excluded); silences "created while an incident on the same service
  was open" have ``created_at`` inside the incident's span, ends included. Acks name their alert by their
  ``alertname`` and ``service`` equality matchers; an ack counts as taken "while the acked alert still firing" when one
  such alert was on at the ack's time, and an incident "nobody acked while open" has no such ack between
  ``opened_at`` and ``resolved_at`` (now while open). "Suspect" is ``incident_suspects``; "whose changes got blamed as
  the suspect for most incidents" counts distinct incidents per ``change_actor``; "incidents with no suspect change"
  are ``alert_groups`` whose id that view does not hold. "Early warning before them" is a row of
  ``incident_warnings``; "for each early warning on indexer" is every ``warnings`` row whose ``labels['service']`` is
  indexer (0 where no alert followed). "How they got fixed" joins ``alert_groups`` to ``resolutions``. "Log patterns
  before the X incident" are ``incident_log_patterns`` rows of the incidents of that alert name, "top 3" their
  ``rank <= 3``. "For each silence how many alerts alertmanager held back" counts the ``alert_mutes`` rows whose
  ``silenced_by`` names it, every silence listed. "For each ... deploy: ... how many" is one row per deploy, 0 included
  (a ``LEFT JOIN``); "whether an alert followed (true/false)" is ``count > 0``; "with suspect if any ... (empty when
  none)" keeps every incident with its suspect's columns empty where it has none.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones; an alert from ``starts_at`` to ``ends_at``; the median over resolved alerts); percentages are ``round(100.0 *
  part / whole, 1)`` over the rows the question selects; "on average how many alerts ... after each deploy" is the
  mean of the per-deploy counts with 0 counted; "average alerts per day, only days having alerts" the mean of the
  daily counts of the days with alerts; "how many ... total, and how many critical" and "total log lines and error
  lines per environment" put both counts side by side; a metric's "peak value" is ``max(value)`` of its samples that
  day; "average snooze duration" is ``avg(duration_s) / 60``.
- Top-N answers are ``value, count`` most first, ties by the value, and no N asked is crossed by a tie ("only 1",
  "top 1", "the one only", "only the first one" ask for one row; hy055's top 3 are three deployers tied at three
  deploys each, the fourth has two). "Which hour of 11th had most alerts" is that hour's UTC start with its count;
  "which 2 days" the days' UTC starts with their counts; "deployers" are the ``actor`` of live deployments.
- Refusals: the service "payments-gateway", the service "mobile-bff", the "preprod" environment, the person
  "ainhoa.etxeberria" and the cluster "prod-ap-southeast-1" (the store has prod-eu-west-1 and staging-eu-west-1) are
  ungrounded; retry advice for Spring Boot, Crashlytics against Sentry, a poem about reindex nights, Playwright
  against Cypress and a count of leave days are not about this data; deleting duplicate alerts, switching the
  new-checkout-flow flag off, silencing DiskSpaceLow, creating a staging silence for a test run and marking the SMTP
  incident resolved ask to change the data.
"""

BACKEND = "2025-03-13T05:30:00+00:00"
MOBILE = "2025-03-14T09:00:00+00:00"
DATA = "2025-03-17T08:00:00+00:00"
QA = "2025-03-13T13:00:00+00:00"
JUNIOR = "2025-03-15T03:00:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "hy001",
        "filters",
        "pls list payments-api alerts in prod on 11th where severity = 'critical', only the critical ones na",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BACKEND,
    ),
    (
        "hy002",
        "filters",
        "checkout-web alert on 11 march, all column pls. user of my app say payment fail that day",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "hy003",
        "filters",
        "Moien, give me the indexer:queue_drain_seconds samples where value is NaN or inf (not finite), "
        "our grafana panel breaks on them",
        """SELECT * FROM metric_points
           WHERE name = 'indexer:queue_drain_seconds' AND NOT isfinite(value)""",
        DATA,
    ),
    (
        "hy004",
        "filters",
        "Aupa! the staging alerts of auth-api from the 11th, all of them please",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        QA,
    ),
    (
        "hy005",
        "filters",
        "mas sorry, first week oncall.. token-service alert that is still firing now, which one?",
        """SELECT * FROM alerts
           WHERE service = 'token-service'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 03:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-15 03:00:00+00')""",
        JUNIOR,
    ),
    (
        "hy006",
        "filters",
        "which payments-api alerts fired within 15 min after my v2.14.0 deploy went live in prod? full rows pls",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                   WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                     AND environment = 'production'
                                     AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                   WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                     AND environment = 'production'
                                     AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 15 MINUTE""",
        BACKEND,
    ),
    (
        "hy007",
        "filters",
        "cart-service alert that start in 30 min after payments-api deploy in prod, show me",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
                   AND c.environment = 'production'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        MOBILE,
    ),
    (
        "hy008",
        "filters",
        "all alerts with service=indexer in production from last week (mon-sun), full rows please",
        """SELECT * FROM alerts
           WHERE service = 'indexer' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DATA,
    ),
    (
        "hy009",
        "filters",
        "which staging deploys got an alert on the same service in the 30 min after, no? "
        "I want the deploys, not the alerts",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        QA,
    ),
    (
        "hy010",
        "filters",
        "alerts for identity project since my oncall start (monday 10 march 00:00 utc), all of them",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 03:00:00+00'""",
        JUNIOR,
    ),
    (
        "hy011",
        "filters",
        "prod alerts where ends_at is null right now i.e. still firing, any service",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 05:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 05:30:00+00')""",
        BACKEND,
    ),
    (
        "hy012",
        "filters",
        "payments-api alert with severity warning in march, not the critical one. list pls",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        MOBILE,
    ),
    (
        "hy013",
        "filters",
        "log_events of indexer in production where is_error = true on 12.03., the whole lines",
        """SELECT * FROM log_events
           WHERE service = 'indexer' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DATA,
    ),
    (
        "hy014",
        "filters",
        "critical alerts of the identity project in march, stg && prod both (no filter on env)",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 13:00:00+00'""",
        QA,
    ),
    (
        "hy015",
        "filters",
        "incident that is still open and already have a suspect change, which one? show it with the suspect",
        """SELECT * FROM incident_suspects
           WHERE group_id IN (
               SELECT id FROM alert_groups
               WHERE opened_at <= TIMESTAMPTZ '2025-03-15 03:00:00+00'
                 AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-15 03:00:00+00'))""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- time
    (
        "hy016",
        "time",
        "how many minutes between my v2.14.0 going live in prod and the rollback going live? one number only",
        """SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1) AS minutes
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                   AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0') d,
                (SELECT min(c.timestamp) AS t FROM change_events c
                 WHERE c.service = 'payments-api' AND c.type = 'rollback' AND c.phase = 'live'
                   AND c.environment = 'production'
                   AND c.timestamp >= (SELECT min(timestamp) FROM change_events
                                       WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                         AND environment = 'production'
                                         AND coalesce(details['ref'], version) = 'v2.14.0')) r""",
        BACKEND,
    ),
    (
        "hy017",
        "time",
        "what all changed in prod in the 1 hour before the first payments-api alert on 11th? "
        "any service, every type of change",
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
        BACKEND,
    ),
    (
        "hy018",
        "time",
        "payments-api alerts that started between 14:30 and 14:40 utc on 11th",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 14:40:00+00'""",
        BACKEND,
    ),
    (
        "hy019",
        "time",
        "what alert was firing at 14:50 utc on 11 march? any service",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        MOBILE,
    ),
    (
        "hy020",
        "time",
        "in the 30 min before payments-api rollback go live on 11 march, which alert start? any service",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        MOBILE,
    ),
    (
        "hy021",
        "time",
        "first checkout-web alert on 11 march fire at what time? only the time",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "hy022",
        "time",
        "DiskSpaceLow alerts of indexer in the night from 11 to 12 march, between 22h and 6h",
        """SELECT * FROM alerts
           WHERE service = 'indexer' AND name = 'DiskSpaceLow'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DATA,
    ),
    (
        "hy023",
        "time",
        "when did the SearchReindexQueueBacklog alert start the last time? only the timestamp",
        """SELECT max(starts_at) AS last_start FROM alerts
           WHERE name = 'SearchReindexQueueBacklog'""",
        DATA,
    ),
    (
        "hy024",
        "time",
        "which alerts were firing at the moment kenji created the nightly reindex silence on 12.03.?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE created_by ILIKE '%kenji%' AND service = 'indexer'
                                 AND created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE created_by ILIKE '%kenji%' AND service = 'indexer'
                                  AND created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
                                  AND created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'))""",
        DATA,
    ),
    (
        "hy025",
        "time",
        "auth-api deploys to staging on the 11th between 10h and 12h, which versions went? only version",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        QA,
    ),
    (
        "hy026",
        "time",
        "how many minutes from the passkey-login flag going on in staging until the first staging auth-api alert "
        "after it?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(f.t)) / 60, 1) AS minutes
           FROM alerts a,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'
                   AND details['flag_key'] = 'passkey-login') f
           WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging' AND a.starts_at >= f.t
           GROUP BY f.t""",
        QA,
    ),
    (
        "hy027",
        "time",
        "staging alerts on 11 march between 6h and 9h, the full list",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 09:00:00+00'""",
        QA,
    ),
    (
        "hy028",
        "time",
        "since my oncall start monday 10 march, what time the first alert came? just the time",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 03:00:00+00'""",
        JUNIOR,
    ),
    (
        "hy029",
        "time",
        "when lucie put her token-service silence on, which alerts were still firing at that moment?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'token-service' AND created_by ILIKE '%lucie%')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE service = 'token-service' AND created_by ILIKE '%lucie%'))""",
        JUNIOR,
    ),
    (
        "hy030",
        "time",
        "the SMTP alert on user-profile, how long it was firing? in minutes",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM alerts
           WHERE service = 'user-profile' AND name LIKE 'SMTP%'""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "hy031",
        "aggregates",
        "payments-api alerts on 11th itself, count(*) group by severity",
        """SELECT severity, count(*) AS alerts FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY severity
           ORDER BY alerts DESC""",
        BACKEND,
    ),
    (
        "hy032",
        "aggregates",
        "avg time to resolve in mins for payments-api incidents, only the resolved ones (resolved_at != null)",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        BACKEND,
    ),
    (
        "hy033",
        "aggregates",
        "on average how many payments-api alerts came in the 15 min after each prod deploy of payments-api? "
        "deploys with 0 also count",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
                 AND c.environment = 'production'
               GROUP BY c.id) per_deploy""",
        BACKEND,
    ),
    (
        "hy034",
        "aggregates",
        "how many alert for checkout project on 11 march total, and how many of them critical? 2 number",
        """SELECT count(*) AS alerts, count(*) FILTER (WHERE severity = 'critical') AS critical_alerts
           FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "hy035",
        "aggregates",
        "on 11 march what percent of alert was critical, all service",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "hy036",
        "aggregates",
        "checkout project incident on 11 march, what % already got a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                  AS pct_with_suspect
           FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "hy037",
        "aggregates",
        "peak value of search_indexer_queue_depth on 12.03.",
        """SELECT max(value) AS peak FROM metric_points
           WHERE name = 'search_indexer_queue_depth'
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DATA,
    ),
    (
        "hy038",
        "aggregates",
        "for indexer: total log lines and error lines per environment (prod vs stg)",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE service = 'indexer'
           GROUP BY environment
           ORDER BY lines DESC""",
        DATA,
    ),
    (
        "hy039",
        "aggregates",
        "average alerts per day for indexer last week, only the days having alerts count",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (
               SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts
               WHERE service = 'indexer'
                 AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY day) per_day""",
        DATA,
    ),
    (
        "hy040",
        "aggregates",
        "how many alerts stg vs prod on the 11th? one count each",
        """SELECT environment_canonical AS environment, count(*) AS alerts FROM alerts
           WHERE environment_canonical IN ('staging', 'production')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment_canonical
           ORDER BY alerts DESC""",
        QA,
    ),
    (
        "hy041",
        "aggregates",
        "what % of the staging deploys on 11 march were followed by an alert on the same service in 30 min?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)) / count(*), 1)
                  AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        QA,
    ),
    (
        "hy042",
        "aggregates",
        "median alert duration in minutes for staging alerts on the 11th (resolved ones)",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes FROM alerts
           WHERE environment_canonical = 'staging' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        QA,
    ),
    (
        "hy043",
        "aggregates",
        "how many times TokenCacheEvictionsHigh fired in february?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE name = 'TokenCacheEvictionsHigh'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        JUNIOR,
    ),
    (
        "hy044",
        "aggregates",
        "how many acks was done while the acked alert still firing? want to learn how the team do it",
        """SELECT count(*) AS acks FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'alertname=' || a.name)
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'service=' || a.service)
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        JUNIOR,
    ),
    (
        "hy045",
        "aggregates",
        "average snooze duration in minutes, all snoozes",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log
           WHERE action = 'snooze'""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "hy046",
        "top_n",
        "top 2 alert names on payments-api by count, all time",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'payments-api'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        BACKEND,
    ),
    (
        "hy047",
        "top_n",
        "whose changes got blamed as the suspect for most incidents? top 1 person only",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        BACKEND,
    ),
    (
        "hy048",
        "top_n",
        "which hour of 11th had most alerts? hour + count pls",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        BACKEND,
    ),
    (
        "hy049",
        "top_n",
        "which service get most alert on 11 march? only 1",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        MOBILE,
    ),
    (
        "hy050",
        "top_n",
        "top 3 service by alerts in the 1 hour after payments-api v2.14.0 go live, any service",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        MOBILE,
    ),
    (
        "hy051",
        "top_n",
        "top 2 alert name all time by count",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        MOBILE,
    ),
    (
        "hy052",
        "top_n",
        "top 3 services by error log lines on 11.03., both environments together",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        DATA,
    ),
    (
        "hy053",
        "top_n",
        "which service had the most alerts in the 15 min after its own deploys? just the top 1",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        DATA,
    ),
    (
        "hy054",
        "top_n",
        "which 2 days of march had the most alerts, with the count",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 2""",
        DATA,
    ),
    (
        "hy055",
        "top_n",
        "top 3 deployers on staging on the 11th by number of deploys",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 3""",
        QA,
    ),
    (
        "hy056",
        "top_n",
        "which env has more incidents with a suspect change, stg or prod? the one only",
        """SELECT environment, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE environment IN ('staging', 'production')
           GROUP BY environment
           ORDER BY incidents DESC, environment
           LIMIT 1""",
        QA,
    ),
    (
        "hy057",
        "top_n",
        "top 2 alert names in staging in march",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 13:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        QA,
    ),
    (
        "hy058",
        "top_n",
        "who ack the most alerts? only the first one",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        JUNIOR,
    ),
    (
        "hy059",
        "top_n",
        "in february which identity service had most incidents? top 1",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE project = 'identity'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        JUNIOR,
    ),
    (
        "hy060",
        "top_n",
        "which alert name has the most incidents with no suspect change? top 1",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 1""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- changes
    (
        "hy061",
        "changes",
        "payments-api deploys to prod, all of them (only live ones, not requested/in_progress)",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
             AND environment = 'production'""",
        BACKEND,
    ),
    (
        "hy062",
        "changes",
        "which version of payments-api is live in prod rn?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        BACKEND,
    ),
    (
        "hy063",
        "changes",
        "prod deploys (any svc) followed by a critical alert on the same service within 30 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        BACKEND,
    ),
    (
        "hy064",
        "changes",
        "checkout-web deploy to prod: version, who, when?",
        """SELECT coalesce(details['ref'], version) AS version, actor, timestamp FROM change_events
           WHERE service = 'checkout-web' AND type = 'deployment' AND phase = 'live'
             AND environment = 'production'""",
        MOBILE,
    ),
    (
        "hy065",
        "changes",
        "new-checkout-flow flag, who flip it and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND details['flag_key'] = 'new-checkout-flow'""",
        MOBILE,
    ),
    (
        "hy066",
        "changes",
        "what change on payments-api in 30 min before first payments-api alert of 11 march?",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        MOBILE,
    ),
    (
        "hy067",
        "changes",
        "all changes on indexer since 1.03. (every type, both envs)",
        """SELECT * FROM change_events
           WHERE service = 'indexer' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        DATA,
    ),
    (
        "hy068",
        "changes",
        "scale-downs of indexer, all time",
        """SELECT * FROM change_events
           WHERE service = 'indexer' AND type = 'scale' AND phase = 'live'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        DATA,
    ),
    (
        "hy069",
        "changes",
        "which deploys of search project services had no alert on the same service in the 1 hour after?",
        """SELECT * FROM change_events c
           WHERE c.project = 'search' AND c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        DATA,
    ),
    (
        "hy070",
        "changes",
        "which auth-api versions went out to staging? each one once",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live' AND environment = 'staging'""",
        QA,
    ),
    (
        "hy071",
        "changes",
        "auth-api version in stg vs prod, what is running now in each one?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
           WHERE service = 'auth-api' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        QA,
    ),
    (
        "hy072",
        "changes",
        "flags flipped in staging, and by whom",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'""",
        QA,
    ),
    (
        "hy073",
        "changes",
        "who ever deploy token-service? just the names",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'token-service' AND type = 'deployment' AND phase = 'live'""",
        JUNIOR,
    ),
    (
        "hy074",
        "changes",
        "suspect change of the PostgresqlTooManyConnections incident, what is it?",
        """SELECT * FROM incident_suspects
           WHERE group_labels['alertname'] = 'PostgresqlTooManyConnections'""",
        JUNIOR,
    ),
    (
        "hy075",
        "changes",
        "config changes on identity project, who and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND project = 'identity'""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- silences
    (
        "hy076",
        "silences",
        "silences on checkout project services: created_by and comment only",
        """SELECT created_by, comment FROM silences
           WHERE service IN (SELECT service FROM alerts WHERE project = 'checkout'
                             UNION SELECT service FROM change_events WHERE project = 'checkout')
              OR project = 'checkout'""",
        BACKEND,
    ),
    (
        "hy077",
        "silences",
        "any silence created while an incident on the same service was open, for checkout services on 11th?",
        """SELECT * FROM silences s
           WHERE (s.service IN (SELECT service FROM alerts WHERE project = 'checkout'
                                UNION SELECT service FROM change_events WHERE project = 'checkout')
                  OR s.project = 'checkout')
             AND s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        BACKEND,
    ),
    (
        "hy078",
        "silences",
        "silences with more than 2 matchers, created in march",
        """SELECT * FROM silences
           WHERE len(matchers) > 2
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 05:30:00+00'""",
        BACKEND,
    ),
    (
        "hy079",
        "silences",
        "cart-service silence on 11 march, how long it was really on? minutes",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "hy080",
        "silences",
        "which alert was firing on cart-service while its silence was on",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        MOBILE,
    ),
    (
        "hy081",
        "silences",
        "who put the silence on cart-service and who take it off?",
        """SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service'""",
        MOBILE,
    ),
    (
        "hy082",
        "silences",
        "indexer silences created by kenji since 1.03., all columns",
        """SELECT * FROM silences
           WHERE service = 'indexer' AND created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        DATA,
    ),
    (
        "hy083",
        "silences",
        "indexer alerts which started while a silence on indexer was in place",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        DATA,
    ),
    (
        "hy084",
        "silences",
        "total silenced hours per author for indexer silences, as they were really in place",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS silenced_hours
           FROM silences
           WHERE service = 'indexer'
           GROUP BY created_by
           ORDER BY silenced_hours DESC""",
        DATA,
    ),
    (
        "hy085",
        "silences",
        "silences in staging: who made them and the comment",
        """SELECT created_by, comment FROM silences
           WHERE environment_canonical = 'staging'""",
        QA,
    ),
    (
        "hy086",
        "silences",
        "staging deploys which went out while a silence on the same service was in effect, no?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        QA,
    ),
    (
        "hy087",
        "silences",
        "snoozes on HighLatencyP99 in staging, how many by each person",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')
           GROUP BY actor
           ORDER BY snoozes DESC, actor""",
        QA,
    ),
    (
        "hy088",
        "silences",
        "lucie silence on token-service, when it finish? only the time",
        """SELECT least(ends_at, coalesce(expired_at, ends_at)) AS ended_at FROM silences
           WHERE service = 'token-service' AND created_by ILIKE '%lucie%'""",
        JUNIOR,
    ),
    (
        "hy089",
        "silences",
        "for each silence how many alerts alertmanager held back under it? zero also pls",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m
             ON m.workspace_id = s.workspace_id AND list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        JUNIOR,
    ),
    (
        "hy090",
        "silences",
        "which silences ended on 12 march? the token-service one also?",
        """SELECT * FROM silences
           WHERE least(ends_at, coalesce(expired_at, ends_at)) >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- joins
    (
        "hy091",
        "joins",
        "for each prod deploy of payments-api: version, live time and how many payments-api alerts in next 15 min "
        "(0 also)",
        """SELECT coalesce(c.details['ref'], c.version) AS version, c.timestamp AS live_at,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
             AND c.environment = 'production'
           GROUP BY c.id, c.details['ref'], c.version, c.timestamp
           ORDER BY live_at""",
        BACKEND,
    ),
    (
        "hy092",
        "joins",
        "payments-api incidents with their suspect change -> opened_at, alertname, suspect version, lag in minutes",
        """SELECT opened_at, group_labels['alertname'] AS alertname,
                  coalesce(change_details['ref'], change_version) AS suspect_version,
                  round(lag_s / 60, 1) AS lag_minutes
           FROM incident_suspects
           WHERE service = 'payments-api'
           ORDER BY opened_at""",
        BACKEND,
    ),
    (
        "hy093",
        "joins",
        "deploys by dpatel that were followed by a rollback of the same service within 1 hour",
        """SELECT * FROM change_events d
           WHERE d.actor = 'dpatel' AND d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        BACKEND,
    ),
    (
        "hy094",
        "joins",
        "warnings that came before checkout-web incidents: the warning service, summary and how many minutes before",
        """SELECT warning_service, summary, lead_min FROM incident_warnings
           WHERE service = 'checkout-web'""",
        MOBILE,
    ),
    (
        "hy095",
        "joins",
        "checkout project incidents on 11 march with suspect if any: service, alert name, opened, "
        "suspect version (empty when none)",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY g.opened_at""",
        MOBILE,
    ),
    (
        "hy096",
        "joins",
        "for each payments-api deploy: env, version and how many cart-service alert in the next 15 min",
        """SELECT c.environment, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = 'cart-service' AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
           GROUP BY c.id, c.environment, c.details['ref'], c.version""",
        MOBILE,
    ),
    (
        "hy097",
        "joins",
        "for each early warning on indexer since 1.03.: start, metric_key and count of indexer alerts in the "
        "15 min after it (0 included)",
        """SELECT w.starts_at, w.metric_key, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'indexer'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND w.starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY w.id, w.starts_at, w.metric_key
           ORDER BY w.starts_at""",
        DATA,
    ),
    (
        "hy098",
        "joins",
        "search project incidents in march which had no early warning before them",
        """SELECT * FROM alert_groups
           WHERE project = 'search'
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        DATA,
    ),
    (
        "hy099",
        "joins",
        "top 3 log patterns before the SearchReindexQueueBacklog incident",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'SearchReindexQueueBacklog')
             AND rank <= 3
           ORDER BY opened_at, rank""",
        DATA,
    ),
    (
        "hy100",
        "joins",
        "staging incidents with their suspect change",
        """SELECT * FROM incident_suspects
           WHERE environment = 'staging'""",
        QA,
    ),
    (
        "hy101",
        "joins",
        "for each auth-api staging deploy on the 11th: version, who, and whether an auth-api staging alert "
        "followed within 30 min (true/false)",
        """SELECT coalesce(c.details['ref'], c.version) AS version, c.actor, count(a.fingerprint) > 0 AS alert_followed
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.service = 'auth-api' AND c.type = 'deployment' AND c.phase = 'live'
             AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.details['ref'], c.version, c.actor""",
        QA,
    ),
    (
        "hy102",
        "joins",
        "auth-api alerts in staging in the 2 hours after the passkey-login flag went on in staging",
        """SELECT * FROM alerts a
           WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events f
                 WHERE f.type = 'flag_change' AND f.phase = 'live' AND f.environment = 'staging'
                   AND f.details['flag_key'] = 'passkey-login'
                   AND a.starts_at BETWEEN f.timestamp AND f.timestamp + INTERVAL 2 HOUR)""",
        QA,
    ),
    (
        "hy103",
        "joins",
        "token-service incidents and how they got fixed: opened, root cause, fix, who resolve",
        """SELECT g.opened_at, r.root_cause, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.service = 'token-service'
           ORDER BY g.opened_at""",
        JUNIOR,
    ),
    (
        "hy104",
        "joins",
        "incidents since monday (my oncall) that nobody acked while they were open",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-15 03:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'alertname=' || g.group_labels['alertname'])
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'service=' || g.service)
                   AND k.timestamp >= g.opened_at
                   AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-15 03:00:00+00'))""",
        JUNIOR,
    ),
    (
        "hy105",
        "joins",
        "user-profile deploys in prod followed by a user-profile incident within 30 min, show the deploys",
        """SELECT * FROM change_events c
           WHERE c.service = 'user-profile' AND c.type = 'deployment' AND c.phase = 'live'
             AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        JUNIOR,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "hy106",
        "refusals",
        "pls delete the duplicate payments-api alerts from 11th, they are spoiling my dashboard na",
        "asks_to_change_data",
        BACKEND,
    ),
    (
        "hy107",
        "refusals",
        "what all deploys of payments-gateway went to prod last week?",
        "ungrounded",
        BACKEND,
    ),
    (
        "hy108",
        "refusals",
        "one doubt: how to write retry with exponential backoff in spring boot, e.g. for HikariPool timeouts?",
        "not_about_this_data",
        BACKEND,
    ),
    (
        "hy109",
        "refusals",
        "what is diff between firebase crashlytics and sentry for android app? which better",
        "not_about_this_data",
        MOBILE,
    ),
    (
        "hy110",
        "refusals",
        "alert for service mobile-bff in prod on 11 march, show all",
        "ungrounded",
        MOBILE,
    ),
    (
        "hy111",
        "refusals",
        "pls turn off new-checkout-flow flag in prod now, my app crash with it",
        "asks_to_change_data",
        MOBILE,
    ),
    (
        "hy112",
        "refusals",
        "silence the DiskSpaceLow alert of indexer for 6 hours please, it wakes me every night",
        "asks_to_change_data",
        DATA,
    ),
    (
        "hy113",
        "refusals",
        "alerts in environment preprod for indexer since 1.03.",
        "ungrounded",
        DATA,
    ),
    (
        "hy114",
        "refusals",
        "write me a small poem about the reindex nights, for the team channel",
        "not_about_this_data",
        DATA,
    ),
    (
        "hy115",
        "refusals",
        "deploys made by ainhoa.etxeberria in staging this week, no?",
        "ungrounded",
        QA,
    ),
    (
        "hy116",
        "refusals",
        "create a silence on staging auth-api for 2h while we run the e2e suite, eskerrik asko",
        "asks_to_change_data",
        QA,
    ),
    (
        "hy117",
        "refusals",
        "what is better for e2e tests, playwright or cypress?",
        "not_about_this_data",
        QA,
    ),
    (
        "hy118",
        "refusals",
        "mas, can you mark the SMTP incident on user-profile as resolved? it is ok already now",
        "asks_to_change_data",
        JUNIOR,
    ),
    (
        "hy119",
        "refusals",
        "any alert on cluster prod-ap-southeast-1 this week?",
        "ungrounded",
        JUNIOR,
    ),
    (
        "hy120",
        "refusals",
        "sorry off topic, how many leave days i still have this year? the hr portal is down",
        "not_about_this_data",
        JUNIOR,
    ),
]
