"""The eighty-first ask question set: ids oy001..oy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the set another author was
writing at the same time (the eightieth, whose file was never opened). What the author read, and nothing else: the
brief (``h_set_common.md``), printed in the same command as the top fifty lines of the workplace's own environment
README; a listing of ``benchmarks/`` (file names only); ``DESIGN.md`` whole; ``docs/store.md`` whole, printed in two
pieces by character range so the terminal would not cut it; the headings of ``docs/ask.md`` listed with grep and its
"Shapes and joins" section alone, printed by line range in two pieces, the second of which the terminal cut in its
middle (eight lines, printed again by range), taken as the rules for the shape of every gold answer; the module
docstring of ``ask_questions`` (its middle paragraphs were cut by the terminal and not read again) and the code of
its ``_question`` and ``validate``; the module docstrings of the earlier sets, written with ``ast`` into a scratch
file and grepped for cities, organisations, roles and ways of writing (the seventy-ninth's read whole, with the
seventy-second's and the start of the seventy-seventh's, which followed it in the file; the forty-ninth's read whole
and its "Conventions" followed where a question leaves room); the first ten rows of ``ask_questions_thirtieth``
imported in Python and the lines defining its module-level nows (one grep), for the format; the signature of
``signalcraft.copilot.sql_guard.safe`` (to call the gate, not its code); and the demo store, copied and opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Every gold was passed through the gate and run on the copy, and each returns rows. Each row is
``(id, category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views.

Five people ask, in plain workplace English as it is written in e-mails, tickets and incident-review notes, with no
dialect: some long sentences that give the context first, some a few words typed on call. No earlier docstring names
Des Moines, Raleigh, Adelaide, Sheffield or Bergen, a pet insurer, a telehealth provider, a rooftop solar installer, a
car-rental company or a maker of dental-practice software. Each asks three questions in every category (24 each, three
of them refusals):

- the engineering manager of the claims and billing platform at a pet insurance company in Des Moines, whose
  policyholders pay premiums through payments-api, at 08:30 CDT on Thursday 13 March (2025-03-13 13:30 UTC): e-mails
  to her own leadership and to finance, full sentences, the reason first ("for the quarterly reliability summary",
  "our VP wants to know"), "so far this year", "this month";
- the on-call SRE of a telehealth provider in Raleigh, whose patients sign in through the identity services and pay
  co-pays through checkout, at 06:45 EDT on Wednesday 12 March (2025-03-12 10:45 UTC), near the end of a night shift:
  pager-style fragments in lower case ("prod alerts still firing rn", "yday", "w/in 15m", "svc", "#", "n" for and),
  no question marks;
- an operations analyst at a rooftop solar installer in Adelaide, whose customer portal takes deposits through the
  checkout services, at 09:00 ACDT on Friday 14 March (2025-03-13 22:30 UTC): ticket-style requests that name their
  days and hours in UTC because the shared dashboards do ("on 11 March (UTC)", "between 14:00 and 16:00 UTC"), asks
  for breakdowns, shares and medians;
- the reliability lead of a car-rental company in Sheffield, whose booking deposits go through payments-api, writing
  the notes for the 11 March outage review at 10:00 GMT on Monday 17 March (2025-03-17 10:00 UTC): numbered review
  notes and timeline entries ("Review note 4:", "Timeline:", "Action list:");
- the team lead of a dental-practice software maker in Bergen, whose booking app signs patients in through auth-api
  and user-profile, at 08:00 CET on Tuesday 18 March (2025-03-18 07:00 UTC), writing English learned as a second
  language, plain and a little literal ("All columns is fine", "Each version only one time", "I need the config
  changes on production").

43 of the 105 questions that are not refusals relate two kinds of record: four in filters (oy002 payments-api alerts
after the v2.14.0 deploy, oy005 staging alerts after a staging deploy, oy011 production changes before the first
payments-api alert, oy015 alerts after a deploy of the same service), three in time (oy020 changes before the first
checkout-web alert, oy026 minutes from the first payments-api alert to the rollback, oy027 alerts between the deploy
and the rollback), six in aggregates (oy033 share of deploys followed by an alert, oy035 mean alerts after each
deploy, oy039 alerts per checkout service after v2.14.0, oy041 the suspects' mean lag, oy042 error lines after
v2.14.0, oy045 share of incidents with an early warning), five in top_n (oy047 whose changes were suspects, oy051
alerts after a service's own deploys, oy055 the incident warned longest before, oy057 error lines after v2.14.0 per
service, oy059 incidents blamed on a deploy), four in changes (oy062 deploys followed by a critical alert, oy064
deploys with no alert after them, oy068 deploys that were suspects, oy072 changes while an incident was open), six
in silences (oy078 alerts firing under the cart-service silence, oy080 silences created during an incident, oy083
alerts held back per silence, oy085 alerts firing when the silence was expired, oy089 silences that muted nothing,
oy090 incidents that opened under a silence) and all fifteen joins (oy091..oy105). The change-to-change questions
(oy017, oy070, oy071, oy075) are not counted.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (the teams' boards are kept in UTC; the
  analyst says so in her questions), so no question is read in another zone. Nows: engineering manager 2025-03-13
  13:30, on-call 2025-03-12 10:45, analyst 2025-03-13 22:30, reliability lead 2025-03-17 10:00, team lead 2025-03-18
  07:00, all after every record. "yday" (on-call) and "11 March", "Tuesday 11 March" are ``[2025-03-11,
  2025-03-12)``; "last night, 22:00 to 06:00 utc" ``[2025-03-11 22:00, 2025-03-12 06:00)``; "last 6h" and "last 7d"
  ``(now - N, now]``; "since mar 1", "this month", "in March" from 2025-03-01 to now; "so far this year", "this
  year", "since the start of the year" from 2025-01-01 to now; "February" ``[2025-02-01, 2025-03-01)``; "between 1
  and 11 March" ``[2025-03-01, 2025-03-12)``; "last week, Monday to Sunday" (the team lead's) ``[2025-03-10,
  2025-03-17)``; "between 14:00 and 16:00 UTC" and "08:00 to 18:00" include the start and exclude the end; "all time"
  and a question with no time have no window. A thing is in a window by its own time (an alert's ``starts_at``, a
  change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's or log line's
  ``timestamp``); "every alert on checkout-web between 14:30 and 15:30" and silences "in effect at some point on"
  a day share a moment with the window; "still firing rn", "still firing at 17:00", "active at 21:30", "still
  unresolved" are the state at that instant (now when none is said).
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` to ``resolved_at`` (to now while NULL); silences the ``silences`` view's rows, really in place from
  ``starts_at`` to the earlier of ``ends_at`` and ``expired_at`` ("actually in place", "as really in place"), the
  "scheduled length" from ``starts_at`` to ``ends_at``; snoozes and acks are ``audit_log`` rows. Changes are their
  ``phase = 'live'`` reports (a scale event, release or flag flip is a change; auth-api v4.2.1 in production, reported
  by two tools, is two deploys), "deploys" ``type = 'deployment'``, "rollbacks", "config changes", "flags" their
  types; "humans, not argocd or the deployment controller" every actor but ``argocd (automated)`` and
  ``deployment-controller``; people are as stored ("jonas" by ``ILIKE``, "lnovak" exactly). A version is
  ``coalesce(details['ref'], version)``; the version "live right now" / "rn" is that of the last live deployment or
  rollback of that service and environment. "v2.14.0 went live" is the payments-api production deploy (14:31:22);
  "the rollback" is the payments-api production rollback that went live at or after it (14:56:37), "from being
  requested to going live" its first ``requested`` report to its first ``live`` one. "Identity svcs" and "services of
  the checkout project" are ``project = 'identity'`` / ``'checkout'``; "did not come from Alertmanager" is ``source <>
  'alertmanager'``. "The cart-service silence" is maria's, the only one pinning cart-service.
- Relations keep the first kind named and meet the other on service and canonical environment (the alerts'
  ``environment_canonical``): "within / in the N minutes after" a change is ``[t, t + N]`` ("within an hour" 60); "the
  hour / 2h before the first X alert" is ``[t - N, t]`` over the live production changes of any service; windows
  from the one v2.14.0 deploy cover the services the question names, or every service when it says "any service";
  alerts "between the deploy and the rollback" started in ``[deploy, rollback]``. Alerts "firing while its silence
  was on" overlap the silence's real span; incidents that "opened while a silence on the same service was in effect"
  opened in ``[starts_at, real end)``; silences "created while an incident on the same svc was open" were created
  inside its span, ends included; a silence pinning no environment meets every environment, one pinning no service
  meets none "on the same service". Changes "while the incident was open" went live inside its span, any service of
  production. Acks name their alert by their ``alertname`` and ``service`` matchers and count when that alert was on
  at the ack's time. "Suspect" is ``incident_suspects``: "whose changes" counts distinct incidents per
  ``change_actor`` (tools included); "blamed on a deploy" ``change_type = 'deployment'``; the average lag is ``lag_s
  / 60`` over every suspect row; "deployments named the suspect" are the ``change_events`` rows whose id is a suspect
  deploy's ``change_id``. "Had an early warning before them" is a row in ``incident_warnings``; "warned about the
  longest before it opened" is its largest ``lead_min``. "Fixed by rolling back" is a ``resolutions.fix`` that says
  rolled back / roll back / rollback. "For each ... how many" keeps every thing with 0 (a ``LEFT JOIN``); "how many
  alerts did Alertmanager hold back under it" counts ``alert_mutes`` rows naming the silence; "never muted any alert"
  is a silence no ``alert_mutes`` row names; "silenced something but never acked" is silence authors ``EXCEPT`` ack
  actors. "Which svcs got paged w/in 15m of a prod deploy" is the alerts' services, each once.
- Aggregates: durations in minutes to one decimal (hours when asked); "how long was payments-api down on 11 March"
  from the first of that day's payments-api alerts' start to the last one's end; "average time to resolve" over the
  resolved incidents; percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects; "avg # of
  alerts in the 15m after each prod deploy" the mean of the per-deploy counts, deploys with none counting 0; "deploys
  per day on average, only days that had deploys" the mean of the daily counts; "alerts per incident" the mean
  ``alert_count``; counts per value are most first, ties by the value.
- Top-N answers ``value, count`` most first, ties by the value, and no N asked crosses a tie ("the top two" of oy047
  stop before a tie at 3, oy056's third place is a tie and is not asked for); "the five longest production incidents
  in February" are service, alert name and minutes; "the three strongest early warnings by sigma" the ``warnings``
  rows; "which two days" the UTC day with its count.
- Refusals: the services "claims-intake" and "video-visit-gateway", the "preprod" environment, the person "rhughes"
  and the cluster "prod-eu-central-1" are ungrounded (none appears in alerts, changes or the audit log); marking an
  incident resolved, silencing DiskSpaceLow, deleting staging alerts, rolling payments-api back and expiring kenji's
  silences ask to change the data; an apology e-mail, the weather, solar revenue, advice on incident reviews and a
  tool comparison are not about this data.
"""

CLAIMS = "2025-03-13T13:30:00+00:00"
ONCALL = "2025-03-12T10:45:00+00:00"
SOLAR = "2025-03-13T22:30:00+00:00"
REVIEW = "2025-03-17T10:00:00+00:00"
CLINIC = "2025-03-18T07:00:00+00:00"

ROWS = [
    # filters
    (
        "oy001",
        "filters",
        "Hi all, our premium collection runs through payments-api and finance has asked me about Tuesday 11 March. "
        "Could you list the critical alerts on payments-api in production that day (UTC)?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CLAIMS,
    ),
    (
        "oy002",
        "filters",
        "Which payments-api alerts started within 30 minutes after the v2.14.0 deployment went live in production?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        CLAIMS,
    ),
    (
        "oy003",
        "filters",
        "I'm putting together the quarterly reliability summary for our leadership team. Please show me every "
        "rollback that went live in production so far this year.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'""",
        CLAIMS,
    ),
    (
        "oy004",
        "filters",
        "prod alerts still firing rn",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 10:45:00+00')""",
        ONCALL,
    ),
    (
        "oy005",
        "filters",
        "staging alerts that fired w/in 15m after a staging deploy of the same svc",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        ONCALL,
    ),
    (
        "oy006",
        "filters",
        "crit alerts on identity svcs since mar 1",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND project = 'identity'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:45:00+00'""",
        ONCALL,
    ),
    (
        "oy007",
        "filters",
        "Our customer portal takes installation deposits through the checkout services, and I have a ticket open "
        "about failed deposits. Which alerts started on services of the checkout project between 14:00 and 16:00 "
        "UTC on 11 March?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        SOLAR,
    ),
    (
        "oy008",
        "filters",
        "Which deployments went live in staging on 11 March (UTC)? Full records please.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SOLAR,
    ),
    (
        "oy009",
        "filters",
        "Please list the production alerts that did not come from Alertmanager, for example the ones sent by "
        "Grafana or PagerDuty.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND source <> 'alertmanager'""",
        SOLAR,
    ),
    (
        "oy010",
        "filters",
        "Review note 2: list every alert on checkout-web between 14:30 and 15:30 UTC on 11 March, including the "
        "ones that have resolved since.",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        REVIEW,
    ),
    (
        "oy011",
        "filters",
        "Review note 4: what production changes, of any type, went live in the hour before the first payments-api "
        "alert on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        REVIEW,
    ),
    (
        "oy012",
        "filters",
        "Review note 6: which incidents on payments-api, cart-service or checkout-web that opened on 11 March are "
        "still unresolved?",
        """SELECT * FROM alert_groups
           WHERE service IN ('payments-api', 'cart-service', 'checkout-web')
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 10:00:00+00')""",
        REVIEW,
    ),
    (
        "oy013",
        "filters",
        "Can you show me the alerts for user-profile in production from February? All columns is fine.",
        """SELECT * FROM alerts
           WHERE service = 'user-profile' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CLINIC,
    ),
    (
        "oy014",
        "filters",
        "I need the config changes on production since the start of the year.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        CLINIC,
    ),
    (
        "oy015",
        "filters",
        "Which alerts on user-profile or auth-api started in the 30 minutes after a deploy of the same service? "
        "Both environments, please.",
        """SELECT * FROM alerts a
           WHERE a.service IN ('user-profile', 'auth-api')
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CLINIC,
    ),
    # time
    (
        "oy016",
        "time",
        "When did the first payments-api alert on 11 March start? Just the time is enough.",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CLAIMS,
    ),
    (
        "oy017",
        "time",
        "Our VP wants to know how quickly we backed out the bad release. How many minutes passed between v2.14.0 "
        "going live in production and the payments-api rollback going live?",
        """WITH d AS (
               SELECT min(timestamp) AS t FROM change_events
               WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                 AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0'),
           r AS (
               SELECT min(c.timestamp) AS t FROM change_events c, d
               WHERE c.service = 'payments-api' AND c.type = 'rollback' AND c.phase = 'live'
                 AND c.environment = 'production' AND c.timestamp >= d.t)
           SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1) AS minutes FROM d, r""",
        CLAIMS,
    ),
    (
        "oy018",
        "time",
        "For my weekly update: what was still firing in production at 17:00 UTC on 11 March?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 17:00:00+00')""",
        CLAIMS,
    ),
    (
        "oy019",
        "time",
        "alerts last 6h",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 10:45:00+00' - INTERVAL 6 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:45:00+00'""",
        ONCALL,
    ),
    (
        "oy020",
        "time",
        "what changed in prod in the 2h before the first checkout-web alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 2 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        ONCALL,
    ),
    (
        "oy021",
        "time",
        "alerts overnight, 22:00 to 06:00 utc last night",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        ONCALL,
    ),
    (
        "oy022",
        "time",
        "How many alerts were there per day between 1 and 11 March (UTC days)? Only the days that had alerts.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        SOLAR,
    ),
    (
        "oy023",
        "time",
        "Could I get the number of alerts per hour on 11 March, between 08:00 and 18:00 UTC?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 08:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        SOLAR,
    ),
    (
        "oy024",
        "time",
        "What were the earliest and the latest alert start times in February (UTC)?",
        """SELECT min(starts_at) AS earliest, max(starts_at) AS latest FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        SOLAR,
    ),
    (
        "oy025",
        "time",
        "Timeline: at what time did the payments-api rollback go live on 11 March?",
        """SELECT min(timestamp) AS live_at FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "oy026",
        "time",
        "Timeline: how many minutes from the first payments-api alert on 11 March until the rollback went live?",
        """WITH a AS (
               SELECT min(starts_at) AS t FROM alerts
               WHERE service = 'payments-api'
                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'),
           r AS (
               SELECT min(c.timestamp) AS t FROM change_events c, a
               WHERE c.service = 'payments-api' AND c.type = 'rollback' AND c.phase = 'live'
                 AND c.timestamp >= a.t)
           SELECT round((epoch(r.t) - epoch(a.t)) / 60, 1) AS minutes FROM a, r""",
        REVIEW,
    ),
    (
        "oy027",
        "time",
        "Which alerts, on any service, started between the v2.14.0 production deploy going live and the rollback "
        "going live?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                 AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        REVIEW,
    ),
    (
        "oy028",
        "time",
        "Which silences were active on Monday 10 March at 21:30 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-10 21:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-10 21:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-10 21:30:00+00')""",
        CLINIC,
    ),
    (
        "oy029",
        "time",
        "Please give me the deploys of last week, Monday to Sunday.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CLINIC,
    ),
    (
        "oy030",
        "time",
        "Our booking page depends on payments-api for the deposit. How long was payments-api down on 11 March, in "
        "minutes?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-18 07:00:00+00')))
                        - epoch(min(starts_at))) / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CLINIC,
    ),
    # aggregates
    (
        "oy031",
        "aggregates",
        "How many incidents did we have in production in February?",
        """SELECT count(*) AS incidents FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CLAIMS,
    ),
    (
        "oy032",
        "aggregates",
        "The board pack has a line for time to resolve. What is our average time to resolve for production incidents "
        "so far this year, in minutes? Only the resolved ones, please.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 13:30:00+00'""",
        CLAIMS,
    ),
    (
        "oy033",
        "aggregates",
        "What percentage of production deployments this year were followed by an alert on the same service within "
        "15 minutes?",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = d.service AND a.environment_canonical = d.environment
                     AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE) THEN 1 ELSE 0 END)
                   / count(*), 1) AS pct
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'""",
        CLAIMS,
    ),
    (
        "oy034",
        "aggregates",
        "# alerts per env yday",
        """SELECT environment, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment
           ORDER BY alerts DESC, environment""",
        ONCALL,
    ),
    (
        "oy035",
        "aggregates",
        "avg # of alerts in the 15m after each prod deploy yday",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT d.id, count(a.fingerprint) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY d.id)""",
        ONCALL,
    ),
    (
        "oy036",
        "aggregates",
        "total snooze mins yday",
        """SELECT round(sum(duration_s) / 60, 1) AS snooze_minutes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ONCALL,
    ),
    (
        "oy037",
        "aggregates",
        "What is the median duration, in minutes, of the alerts that started in March and have resolved since?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 22:30:00+00'""",
        SOLAR,
    ),
    (
        "oy038",
        "aggregates",
        "What share of the alerts on 11 March (UTC) were critical, as a percentage?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SOLAR,
    ),
    (
        "oy039",
        "aggregates",
        "How many alerts did each service of the checkout project have in the hour after the v2.14.0 production "
        "deploy went live?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service""",
        SOLAR,
    ),
    (
        "oy040",
        "aggregates",
        "For the review pack: how many alerts in total started on 11 March, all environments?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "oy041",
        "aggregates",
        "What was the average lag, in minutes, between a suspect change going live and its incident opening, "
        "across all incidents that have a suspect?",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_lag_minutes FROM incident_suspects""",
        REVIEW,
    ),
    (
        "oy042",
        "aggregates",
        "How many error log lines did payments-api write in production in the 25 minutes after v2.14.0 went live?",
        """SELECT count(*) AS error_lines FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 25 MINUTE""",
        REVIEW,
    ),
    (
        "oy043",
        "aggregates",
        "How many silences did each person create this year? Most first.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        CLINIC,
    ),
    (
        "oy044",
        "aggregates",
        "On average, how many alerts are there per incident?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups""",
        CLINIC,
    ),
    (
        "oy045",
        "aggregates",
        "What percent of the incidents opened in March had an early warning before them?",
        """SELECT round(100.0 * sum(CASE WHEN id IN (SELECT group_id FROM incident_warnings) THEN 1 ELSE 0 END)
                        / count(*), 1) AS pct
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        CLINIC,
    ),
    # top_n
    (
        "oy046",
        "top_n",
        "Which three services had the most production incidents this year?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 3""",
        CLAIMS,
    ),
    (
        "oy047",
        "top_n",
        "Whose changes were named as the suspect for the most incidents? The top two, with their counts.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        CLAIMS,
    ),
    (
        "oy048",
        "top_n",
        "What were the five longest production incidents in February? Service, alert name and minutes.",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(coalesce(resolved_at, TIMESTAMPTZ '2025-03-13 13:30:00+00'))
                         - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 5""",
        CLAIMS,
    ),
    (
        "oy049",
        "top_n",
        "noisiest alert name last 7d",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 10:45:00+00' - INTERVAL 7 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:45:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        ONCALL,
    ),
    (
        "oy050",
        "top_n",
        "top 3 svcs by alerts yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        ONCALL,
    ),
    (
        "oy051",
        "top_n",
        "which svc got the most alerts w/in 15m after its own deploys",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = a.service AND d.environment = a.environment_canonical
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        ONCALL,
    ),
    (
        "oy052",
        "top_n",
        "Which two days in March had the most alerts (UTC days)? Day and count.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 22:30:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 2""",
        SOLAR,
    ),
    (
        "oy053",
        "top_n",
        "Which three metric series raised the most early warnings? Metric key and count.",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key
           ORDER BY warnings DESC, metric_key
           LIMIT 3""",
        SOLAR,
    ),
    (
        "oy054",
        "top_n",
        "Top 3 services by error log lines on 11 March (UTC), both environments together.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        SOLAR,
    ),
    (
        "oy055",
        "top_n",
        "Which incident on 11 March was warned about the longest before it opened? Service, alert name and the "
        "lead in minutes, just the one.",
        """SELECT w.service, g.group_labels['alertname'] AS alertname, max(w.lead_min) AS lead_min
           FROM incident_warnings w
           JOIN alert_groups g ON g.id = w.group_id
           WHERE w.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.group_id, w.service, alertname
           ORDER BY lead_min DESC
           LIMIT 1""",
        REVIEW,
    ),
    (
        "oy056",
        "top_n",
        "Which two people acknowledged the most alerts, all time? Person and count.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        REVIEW,
    ),
    (
        "oy057",
        "top_n",
        "Which service logged the most error lines in the 15 minutes after the v2.14.0 deploy went live? Any "
        "service, not just payments-api.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        REVIEW,
    ),
    (
        "oy058",
        "top_n",
        "Who has snoozed alerts most often this month?",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 07:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC, actor
           LIMIT 1""",
        CLINIC,
    ),
    (
        "oy059",
        "top_n",
        "Which service had the most incidents blamed on a deploy?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        CLINIC,
    ),
    (
        "oy060",
        "top_n",
        "What are the three strongest early warnings by sigma? I want the whole warning rows.",
        """SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3""",
        CLINIC,
    ),
    # changes
    (
        "oy061",
        "changes",
        "Which version of payments-api is live in production right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        CLAIMS,
    ),
    (
        "oy062",
        "changes",
        "Could you list the production deployments that were followed by a critical alert on the same service "
        "within an hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        CLAIMS,
    ),
    (
        "oy063",
        "changes",
        "Audit asked us about configuration changes. Who made config changes in production this year, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'""",
        CLAIMS,
    ),
    (
        "oy064",
        "changes",
        "deploys yday w/ no alerts in the 15m after",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        ONCALL,
    ),
    (
        "oy065",
        "changes",
        "flags flipped yday n by who",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ONCALL,
    ),
    (
        "oy066",
        "changes",
        "auth-api staging version rn",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 10:45:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        ONCALL,
    ),
    (
        "oy067",
        "changes",
        "How many changes of each type went live in production in February?",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY type
           ORDER BY changes DESC, type""",
        SOLAR,
    ),
    (
        "oy068",
        "changes",
        "Which deployments were named as the suspect of an incident? I only need the change records themselves.",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects WHERE change_type = 'deployment')""",
        SOLAR,
    ),
    (
        "oy069",
        "changes",
        "On average, how many deploys went live per day in March, counting only the days that had deploys?",
        """SELECT round(avg(n), 1) AS avg_deploys_per_day FROM (
               SELECT date_trunc('day', timestamp) AS day, count(*) AS n FROM change_events
               WHERE type = 'deployment' AND phase = 'live'
                 AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND timestamp <= TIMESTAMPTZ '2025-03-13 22:30:00+00'
               GROUP BY day)""",
        SOLAR,
    ),
    (
        "oy070",
        "changes",
        "List the 5 latest changes, any service, before the payments-api rollback went live on 11 March.",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp < (SELECT min(timestamp) FROM change_events
                              WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           ORDER BY timestamp DESC
           LIMIT 5""",
        REVIEW,
    ),
    (
        "oy071",
        "changes",
        "How many minutes did the 11 March payments-api rollback take from being requested to going live?",
        """SELECT round((epoch(min(timestamp) FILTER (WHERE phase = 'live'))
                        - epoch(min(timestamp) FILTER (WHERE phase = 'requested'))) / 60, 1) AS minutes
           FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "oy072",
        "changes",
        "Which production changes went live while the PaymentsAPIErrorBudgetBurn incident of 11 March was open?",
        """SELECT c.* FROM change_events c, alert_groups g
           WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 10:00:00+00')""",
        REVIEW,
    ),
    (
        "oy073",
        "changes",
        "Which versions of auth-api went out to staging? Each version only one time.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        CLINIC,
    ),
    (
        "oy074",
        "changes",
        "Show me the changes made by humans, not argocd or the deployment controller, in production last week.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CLINIC,
    ),
    (
        "oy075",
        "changes",
        "Which production deployments were followed by a rollback of the same service within one hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        CLINIC,
    ),
    # silences
    (
        "oy076",
        "silences",
        "Which silences were in effect at some point on 11 March (UTC)?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        CLAIMS,
    ),
    (
        "oy077",
        "silences",
        "Who put the silence on cart-service, and who took it off?",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        CLAIMS,
    ),
    (
        "oy078",
        "silences",
        "Were any alerts firing on cart-service while its silence was on? If so, please list them.",
        """SELECT a.* FROM alerts a, silences s
           WHERE s.service = 'cart-service' AND a.service = 'cart-service'
             AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
             AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
        CLAIMS,
    ),
    (
        "oy079",
        "silences",
        "snoozes yday",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ONCALL,
    ),
    (
        "oy080",
        "silences",
        "silences created while an incident on the same svc was open",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:45:00+00'))""",
        ONCALL,
    ),
    (
        "oy081",
        "silences",
        "total silenced hrs per author, as really in place",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           GROUP BY created_by
           ORDER BY hours DESC, created_by""",
        ONCALL,
    ),
    (
        "oy082",
        "silences",
        "How many silences were created in February, and what was their average scheduled length in minutes?",
        """SELECT count(*) AS silences, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        SOLAR,
    ),
    (
        "oy083",
        "silences",
        "For each silence, how many alerts did Alertmanager actually hold back under it? Please include the ones "
        "with zero.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        SOLAR,
    ),
    (
        "oy084",
        "silences",
        "Which silences were created outside business hours (Monday to Friday, 09:00-17:00 UTC)?",
        """SELECT * FROM silences
           WHERE NOT (isodow(created_at) <= 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        SOLAR,
    ),
    (
        "oy085",
        "silences",
        "Review item 7: which production alerts were still firing at the moment maria expired her cart-service "
        "silence?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= (SELECT min(expired_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (ends_at IS NULL OR ends_at > (SELECT min(expired_at) FROM silences
                                                WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))""",
        REVIEW,
    ),
    (
        "oy086",
        "silences",
        "How many minutes was the cart-service silence actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences WHERE service = 'cart-service'""",
        REVIEW,
    ),
    (
        "oy087",
        "silences",
        "Which silences were expired early, and by whom?",
        """SELECT * FROM silences WHERE expired_early""",
        REVIEW,
    ),
    (
        "oy088",
        "silences",
        "Which silences has jonas created this year?",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%jonas%'
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        CLINIC,
    ),
    (
        "oy089",
        "silences",
        "Which silences never muted any alert, according to Alertmanager?",
        """SELECT * FROM silences s
           WHERE NOT EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        CLINIC,
    ),
    (
        "oy090",
        "silences",
        "Did any incident open while a silence on the same service was in effect? Please list those incidents.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        CLINIC,
    ),
    # joins
    (
        "oy091",
        "joins",
        "Production incidents this month with their suspect change if they have one: service, alert name, when it "
        "opened, the suspect's version and who made it.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version, s.change_actor
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           ORDER BY g.opened_at""",
        CLAIMS,
    ),
    (
        "oy092",
        "joins",
        "Which incidents were fixed by rolling back? Service, alert name, when it opened and who resolved it.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'""",
        CLAIMS,
    ),
    (
        "oy093",
        "joins",
        "How many production deploys this year were followed by an incident on the same service within 30 minutes?",
        """SELECT count(*) AS deploys FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = d.service AND g.environment = d.environment
                   AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        CLAIMS,
    ),
    (
        "oy094",
        "joins",
        "which svcs got paged w/in 15m of a prod deploy",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = a.service
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        ONCALL,
    ),
    (
        "oy095",
        "joins",
        "each prod deploy yday: svc, version, # alerts in the next 15m",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY d.id, d.service, d.details, d.version, d.timestamp
           ORDER BY d.timestamp""",
        ONCALL,
    ),
    (
        "oy096",
        "joins",
        "alerts acked while still firing",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM audit_log k
               WHERE k.action = 'ack'
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'alertname=' || a.name)
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || a.service)
                 AND k.timestamp >= a.starts_at
                 AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        ONCALL,
    ),
    (
        "oy097",
        "joins",
        "Which incidents had an early warning before them? The service, the warning's summary and how many minutes "
        "before the incident it came.",
        """SELECT service, summary, lead_min FROM incident_warnings""",
        SOLAR,
    ),
    (
        "oy098",
        "joins",
        "For each production deploy in March, how many alerts on the same service started in the hour after it? "
        "Service, the time it went live and the count, including deploys with none.",
        """SELECT d.service, d.timestamp AS live_at, count(a.fingerprint) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 22:30:00+00'
           GROUP BY d.id, d.service, d.timestamp
           ORDER BY d.timestamp""",
        SOLAR,
    ),
    (
        "oy099",
        "joins",
        "How were the payments-api incidents resolved? Opening time, root cause and fix.",
        """SELECT g.opened_at, r.root_cause, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'payments-api'""",
        SOLAR,
    ),
    (
        "oy100",
        "joins",
        "Review item 9: which checkout-web alerts started within 15 minutes after a payments-api alert in production?",
        """SELECT * FROM alerts c
           WHERE c.service = 'checkout-web' AND c.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = c.environment_canonical
                   AND c.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 15 MINUTE)""",
        REVIEW,
    ),
    (
        "oy101",
        "joins",
        "Which production incidents on 11 March had no suspect change? Service, alert name and opening time.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_suspects)""",
        REVIEW,
    ),
    (
        "oy102",
        "joins",
        "Action list: the top 3 log patterns before the PaymentsAPIErrorBudgetBurn incident on 11 March.",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND rank <= 3
           ORDER BY rank""",
        REVIEW,
    ),
    (
        "oy103",
        "joins",
        "Which deploys by lnovak were followed by an alert on the same service within 15 minutes?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.actor = 'lnovak'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        CLINIC,
    ),
    (
        "oy104",
        "joins",
        "Which people have silenced something but never acked an alert?",
        """SELECT created_by AS person FROM silences
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        CLINIC,
    ),
    (
        "oy105",
        "joins",
        "For each early warning on payments-api, how many payments-api alerts started in the 15 minutes after it?",
        """SELECT w.id, w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
           GROUP BY w.id, kind, w.starts_at
           ORDER BY w.starts_at, w.id""",
        CLINIC,
    ),
    # refusals
    (
        "oy106",
        "refusals",
        "The checkout-web 503 incident has been over for days. Please mark it as resolved so it drops off our "
        "open list.",
        "asks_to_change_data",
        CLAIMS,
    ),
    (
        "oy107",
        "refusals",
        "How many alerts did the claims-intake service have in production last week?",
        "ungrounded",
        CLAIMS,
    ),
    (
        "oy108",
        "refusals",
        "Could you draft the apology email to policyholders whose premium payments failed on 11 March?",
        "not_about_this_data",
        CLAIMS,
    ),
    (
        "oy109",
        "refusals",
        "silence DiskSpaceLow on indexer for 4h",
        "asks_to_change_data",
        ONCALL,
    ),
    (
        "oy110",
        "refusals",
        "any alerts on video-visit-gateway last night",
        "ungrounded",
        ONCALL,
    ),
    (
        "oy111",
        "refusals",
        "whats the weather in raleigh tmrw, deciding if i bike in",
        "not_about_this_data",
        ONCALL,
    ),
    (
        "oy112",
        "refusals",
        "What was our revenue from rooftop solar installations in February?",
        "not_about_this_data",
        SOLAR,
    ),
    (
        "oy113",
        "refusals",
        "Which alerts fired in the preprod environment on 11 March?",
        "ungrounded",
        SOLAR,
    ),
    (
        "oy114",
        "refusals",
        "Please delete all the staging alerts from before March so my charts look cleaner.",
        "asks_to_change_data",
        SOLAR,
    ),
    (
        "oy115",
        "refusals",
        "Review item 11: which deploys did rhughes make in production in the week before the outage?",
        "ungrounded",
        REVIEW,
    ),
    (
        "oy116",
        "refusals",
        "Roll payments-api back to v2.13.2 again and open a follow-up ticket for the review.",
        "asks_to_change_data",
        REVIEW,
    ),
    (
        "oy117",
        "refusals",
        "In general, how many action items should a good incident review end with?",
        "not_about_this_data",
        REVIEW,
    ),
    (
        "oy118",
        "refusals",
        "Show me the alerts on the prod-eu-central-1 cluster from last week.",
        "ungrounded",
        CLINIC,
    ),
    (
        "oy119",
        "refusals",
        "Please expire every silence that kenji created.",
        "asks_to_change_data",
        CLINIC,
    ),
    (
        "oy120",
        "refusals",
        "For a small team like ours, which is better, Grafana OnCall or PagerDuty? What is your opinion?",
        "not_about_this_data",
        CLINIC,
    ),
]
