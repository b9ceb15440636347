"""The seventy-sixth ask question set: ids ty001..ty120, 15 per category.

Written by an outside author who saw neither the parser nor its tests nor the paraphrases, nor the set another author
was writing at the same time (``ask_questions_seventyseventh``, never opened). What the author read: the brief
(``/work/notes/h_set_common.md``, after listing that folder); ``/work/shared/DESIGN.md`` whole; ``docs/store.md``
printed whole, its middle (the ``correlations`` table through the ``alerts`` view) cut off by the terminal and printed
again by line ranges, as was the stretch from ``log_events`` to ``correlations``; the headings of ``docs/ask.md``
listed with grep and its section "Shapes and joins" printed alone by line range in two pieces (taken as the rules for
the shape of every gold answer; nothing else of that page was read); the module docstring of ``ask_questions`` and the
source of its ``_question`` and ``validate`` functions, printed with ``ast`` (the terminal cut the docstring's middle
paragraphs, which were not printed again); the module docstrings of the earlier sets, dumped with
``ast.get_docstring`` into a scratch file and grepped for cities, trades, roles and ways of writing (the
forty-ninth's read whole for its "Conventions" list, which is followed here where a question leaves room, and a few
lines around grep hits of others: the fiftieth's Manila on-call, the forty-eighth's Nigerian English, the
seventy-third's Hawaiian Pidgin, the thirty-sixth's keyword searcher); a directory listing of ``benchmarks/``; the
first ten rows of ``ask_questions_thirtieth`` imported in Python and the lines defining its module-level now
constants (one grep), for the file's format; and the demo store, copied and opened read-only with ``SET TimeZone =
'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11, the day of the payments-api
v2.14.0 outage). Nothing else was read. Every gold was put through ``signalcraft.copilot.sql_guard.safe`` and run on
the copy; each is accepted and returns at least one row. Each row is ``(id, category, question, gold, now)``. A
refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a
service, person, environment or cluster that neither the alerts, nor the changes, nor the audit log hold); any other
gold is one DuckDB SELECT over the documented tables and views.

Five people ask, none of whom spoke in an earlier set (the earlier docstrings name no airport or ground handler, no
hearing-aid maker, no esports league, no helicopter operator and no toll road, nobody in Port Harcourt, Stellenbosch,
Cebu, Aberdeen or Kingston, and no Nigerian Pidgin, Afrikaans-English, Bisaya, Doric or Jamaican Patois voice; a
polite Nigerian English, Taglish from Manila, Edinburgh Scots and Hawaiian Pidgin have been heard, and these are not
those). Each asks three questions in every category (24 each, three of them refusals); every team keeps its boards in
UTC, so every day and clock below is a UTC one:

- the ramp-systems on-call of an airport ground-handling company in Port Harcourt, whose ramp and baggage app signs
  staff in through the identity services and bills the airlines through checkout, at 07:30 WAT on Thursday 13 March
  (2025-03-13 06:30 UTC), at the end of the night: Nigerian Pidgin-English ("abeg", "wetin", "dey", "don", "wey",
  "na", "how far", "oga", "make you", "for" as in or on, "am" as it, "dem");
- the support-desk lead of a hearing-aid maker in Stellenbosch, whose companion app logs wearers in through the
  identity services and whose online shop (batteries, domes, chargers) runs on checkout, at 16:00 SAST on Wednesday
  12 March (2025-03-12 14:00 UTC): South African English with Afrikaans turns ("Howzit", "ja", "nee", "ag", "ag man",
  "shame", "hey" and "né" at the end, "is it?", "now-now");
- the tournament-platform on-call of an esports league in Cebu City, whose player search and suggestions run on
  search-api and query-suggest and whose passes are bought through checkout, typing on a phone between matches at
  22:00 PHT on Saturday 15 March (2025-03-15 14:00 UTC): lower case, Bisaya (Cebuano) and English mixed ("unsa"
  what, "pila" how many, "kinsa" who, "asa" which, "karon" now, "tanan" all, "lang" / "ra" only, "palihug" please,
  "matag" each, "naa" / "wala" there is / there is none, "karong tuiga" this year, "sumala sa" according to, "bai");
- the passenger-booking systems engineer of an offshore helicopter operator at Dyce, Aberdeen, whose check-in signs
  passengers in through the identity services and whose charter invoices are paid through payments-api, at 09:15 GMT
  on Friday 14 March: Doric ("fit" what, "fa" who, "fan" when, "foo mony" how many, "afore", "atween", "the oor" the
  hour, "gie's", "hale", "maist", "ony", "onywye", "aye", "min", "nicht", "wik", "Mairch", "fit like");
- a senior platform engineer of a toll-road operator in Kingston, Jamaica, whose tag top-ups pay through payments-api
  and whose account logins go through the identity services, at 08:00 EST on Monday 17 March (2025-03-17 13:00 UTC):
  Jamaican Patois and English ("wah gwaan", "mi", "wah", "weh", "di", "dem" after a noun for its plural, "pon",
  "inna", "fi", "how much" for how many, "bredda", "likkle", "tanks").

42 of the 105 questions that are not refusals relate two kinds of record, in time or by scope: five in filters
(ty002 alerts after the v2.14.0 deploy, ty005 alerts after the staging Passkey flag, ty008 alerts after argocd
deploys, ty011 alerts firing while maria's silence was on, ty014 deploys followed by a critical alert), three in time
(ty024 changes before the first checkout-web alert, ty027 alerts firing when the rollback went live, ty030 alerts in
the hour before the rollback), five in aggregates (ty033 alerts after each deploy averaged, ty036 deploys followed by
an alert as a share, ty039 the suspects' mean lag, ty042 incidents with an early warning as a share, ty045 incidents
whose suspect was a flag change), five in top_n (ty048 services by incidents with a suspect, ty051 deployers by
deploys followed by an alert, ty054 services by alerts after their own deploys, ty057 alert names by incidents with
no suspect, ty060 people by incidents blamed on their changes), four in changes (ty063 staging deploys with no alert
after them, ty066 config changes while an incident was open, ty069 changes before search incidents, ty075
payments-api changes while a payments-api incident was open), five in silences (ty078 silences created during an
incident, ty081 alerts held back per silence, ty084 alerts muted by kenji's silences, ty087 incidents opened under a
silence, ty090 silences created after an alert) and all fifteen joins (ty091..ty105). Deploys followed by a rollback
(ty072) and the minutes from the v2.14.0 deploy to its rollback (ty018) relate two changes and are not counted.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; the nows are Port Harcourt 2025-03-13 06:30, Stellenbosch 2025-03-12 14:00,
  Cebu 2025-03-15 14:00, Aberdeen 2025-03-14 09:15 and Kingston 2025-03-17 13:00, all after every record. "Tuesday",
  "Tuesday 11 March", "the 11th", "march 11", "last week Tuesday" (Kingston) and Stellenbosch's "yesterday" are
  ``[2025-03-11, 2025-03-12)``; "Monday 10 Mairch" ``[2025-03-10, 2025-03-11)``; "this week" (Cebu) is Monday 10 March
  to now; "in Mairch", "in march" from 2025-03-01 to now; "from 10 March come" from 2025-03-10 to now; "this year",
  "karong tuiga" from 2025-01-01 to now; "between 14:00 and 15:00", "between 2pm an 4pm" and "atween 18:00 on
  Tuesday an' 06:00 on Wednesday" include the start and exclude the end. "Since the beginning", "all time", "total"
  and questions with no time have no window. A thing is in a window by its own time (an alert's ``starts_at``, a
  change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a
  log line's ``timestamp``); "firing at 14:50", "firing at the moment X" and "still firing now" are the state at that
  instant (``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``); "silences active at 15:00" the silences' rule
  with ``expired_at``; "silences in effect on Monday" those whose real span (start to the earlier of end and expiry)
  shares a moment with the day.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` and still open while it is NULL (several old ones never resolved); silences the
  ``silences`` view's rows; changes their ``phase = 'live'`` reports ("deploys" ``type = 'deployment'``, auth-api
  v4.2.1's production deploy, told by two tools, being two rows; "rollbacks", "releases", "config changes", "flag
  change" / "flag flip", "scale" events their types; "changes" every live report; "scale-down" a scale event whose
  ``replicas_to`` is below ``replicas_from``). A version is ``coalesce(details['ref'], version)``; "live in
  production right now" is that of the service's last live deployment or rollback there. "Who" is the distinct
  people (a change's ``actor``, a silence's ``created_by``); people are matched as stored ("Lucie", "jonas", "kenji",
  "Maria" by ``ILIKE``). "Argocd deploy" is a deployment whose ``source`` is argocd; "from pagerduty" and "frae
  Grafana" an alert's ``source``; "the label team=iam" ``labels['team']``; "early warnings" ``warnings`` rows. The
  Passkey login flag in staging went live at 2025-03-11 09:49:00.401, payments-api v2.14.0 in production at 14:31:22
  (both written as literals); "the rollback" of 11 March is the first live payments-api rollback that day.
- Relations keep the first kind named and meet the other on service and canonical environment: "within N minutes
  after" is ``[t, t + N]`` (15 for changes and alerts when unsaid, "one hour" / "the oor" 60, "two hours" 120);
  "before" is ``[t - N, t]``; the changes before the first checkout-web alert are its environment's (production),
  any service; the alerts "any service any env" before the rollback are every alert. Changes or silences "while an
  incident was open" have their time inside the incident's span, ends included; incidents "opened while a silence was
  in effect" opened inside its real span (start included, end excluded); alerts "gyaun while the silence was in
  place" share a moment with it; a silence pinning no environment meets every environment, one pinning no service
  meets nothing. Changes "anywhere in the checkout project" before a checkout incident meet it on project and
  environment. Acks name their alert by their ``alertname`` and ``service`` matchers and count as taken "while still
  firing" when such an alert was on at the ack's time. "Suspect" is ``incident_suspects`` (as stored it has no
  ``rank`` or ``suspect`` column; no gold reads them): "blamed on a deploy of a different service" is a deployment
  suspect with ``change_service <> service``; "whose changes get blame" counts distinct incidents per
  ``change_actor``. "Top three log patterns afore the incident" are its ``incident_log_patterns`` rows of rank 1 to 3;
  "how were they fixed" joins ``alert_groups`` to ``resolutions``; "no resolution written" has no ``resolutions`` row;
  "early warnings after a deploy" are ``warnings`` met on their ``service`` and ``environment`` labels. "For each
  silence, how many alerts held back" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every silence
  listed; "for each deploy / incident ..., zero included" is a ``LEFT JOIN`` count per thing with the columns asked.
- Aggregates: durations in minutes to one decimal (an alert from start to end, of the resolved ones; an incident open
  to resolved, of the resolved ones; a silence's "length" as set, start to scheduled end, in hours when asked, and
  "as really in place" to the earlier of end and expiry; a snooze by ``duration_s``); percentages
  ``round(100.0 * part / whole, 1)`` over the rows the question selects (all production deploys, all incidents,
  Tuesday's alerts); "on average how many alerts after each deploy" the mean of per-deploy counts, zeros included;
  "how many lines, and how many errors" two counts side by side (errors by ``is_error``); "per hour", "per day" a count
  per UTC bucket.
- Top-N answers ``value, count`` most first, ties by the value, with every N one no tie crosses ("number one", "isa
  ra", "the top een", "jus di one" ask for one row). "Which hour had the most" is the hour's UTC start with its count;
  "the three langest alerts" are service, name and minutes of the longest resolved alerts; "the latest staging alert"
  and "the last DiskSpaceLow alert" are the time alone; "fan wis the indexer last scaled, gie's the hale event" is that
  scale event's row.
- Refusals: the service "baggage-sorter", the person "Thandeka Mokoena", the service "leaderboard-api", the
  environment "preprod" and the cluster "prod-us-east-2" are ungrounded; an apology to an airline, explaining
  Bluetooth pairing, an esports final's winner, a North Sea forecast and a poem about toll-plaza traffic are not about
  this data; deleting staging alerts, silencing the auth-api login alerts, resolving the search incidents, rolling
  payments-api back and editing kenji's silence comments ask to change the data.
"""

PH = "2025-03-13T06:30:00+00:00"
SB = "2025-03-12T14:00:00+00:00"
CEB = "2025-03-15T14:00:00+00:00"
ABZ = "2025-03-14T09:15:00+00:00"
KIN = "2025-03-17T13:00:00+00:00"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "ty001",
        "filters",
        "abeg wetin be all the critical alerts wey fire for production on Tuesday 11 March? show me everything dem get",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PH,
    ),
    (
        "ty002",
        "filters",
        "oga say make I check: which payments-api alerts don fire inside the 15 minutes after payments-api v2.14.0 "
        "go live for production? list dem",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        PH,
    ),
    (
        "ty003",
        "filters",
        "how far, which alerts still dey fire as I dey talk now now? the whole list abeg",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 06:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 06:30:00+00')""",
        PH,
    ),
    (
        "ty004",
        "filters",
        "Howzit. Please list me all the staging alerts for the identity project from yesterday, hey.",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SB,
    ),
    (
        "ty005",
        "filters",
        "Ja, which auth-api alerts went off within two hours after the Passkey login flag was switched on in staging? "
        "Our testers are moaning about the app login.",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 09:49:00.401+00'
                               AND TIMESTAMPTZ '2025-03-11 09:49:00.401+00' + INTERVAL 2 HOUR""",
        SB,
    ),
    (
        "ty006",
        "filters",
        "Can you show me the user-profile alerts that were error or critical severity? All time, nee, not just this "
        "week.",
        """SELECT * FROM alerts
           WHERE service = 'user-profile' AND severity IN ('critical', 'error')""",
        SB,
    ),
    (
        "ty007",
        "filters",
        "unsa na alerts ang nag fire sa search-api this week bai? tanan columns lang",
        """SELECT * FROM alerts
           WHERE service = 'search-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 14:00:00+00'""",
        CEB,
    ),
    (
        "ty008",
        "filters",
        "asa nga production alerts ang nag start within 30 min after sa usa ka argocd deploy sa same service?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
                   AND c.environment = 'production' AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CEB,
    ),
    (
        "ty009",
        "filters",
        "naa pa ba query-suggest alerts nga wala pa na resolve hangtod karon? pakita palihug",
        """SELECT * FROM alerts
           WHERE service = 'query-suggest'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 14:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-15 14:00:00+00')""",
        CEB,
    ),
    (
        "ty010",
        "filters",
        "Fit like. Fit alerts cam in frae Grafana? Gie's the hale lot o' them.",
        """SELECT * FROM alerts WHERE source = 'grafana'""",
        ABZ,
    ),
    (
        "ty011",
        "filters",
        "Fit cart-service alerts were gyaun while Maria's silence on cart-service wis in place?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        ABZ,
    ),
    (
        "ty012",
        "filters",
        "Fit alerts wi' the label team=iam were warnin' severity in Mairch, min?",
        """SELECT * FROM alerts
           WHERE labels['team'] = 'iam' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ABZ,
    ),
    (
        "ty013",
        "filters",
        "Wah gwaan. Mi waan see every alert weh come in from pagerduty, all a dem.",
        """SELECT * FROM alerts WHERE source = 'pagerduty-events'""",
        KIN,
    ),
    (
        "ty014",
        "filters",
        "Which deploy dem go live inna production an den get follow by a critical alert pon di same service inside "
        "one hour? Show mi di deploy dem.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        KIN,
    ),
    (
        "ty015",
        "filters",
        "Show mi di early warning dem weh sigma did deh ova 100.",
        """SELECT * FROM warnings WHERE sigma > 100""",
        KIN,
    ),
    # --------------------------------------------------------------------- time
    (
        "ty016",
        "time",
        "na what time the first payments-api alert start on Tuesday 11 March? only the time",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PH,
    ),
    (
        "ty017",
        "time",
        "abeg list all the alerts wey start between 14:00 and 15:00 UTC on 11 March",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        PH,
    ),
    (
        "ty018",
        "time",
        "how many minutes pass from when payments-api v2.14.0 go live for production reach when the rollback go live?",
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
        PH,
    ),
    (
        "ty019",
        "time",
        "Ag man, our online shop was down for clients yesterday. What was firing at 14:50 UTC yesterday?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        SB,
    ),
    (
        "ty020",
        "time",
        "Alerts per hour yesterday please, in UTC hours. Just the hour and how many.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        SB,
    ),
    (
        "ty021",
        "time",
        "When did the last checkout-web deploy to production go live, and which version was it, is it?",
        """SELECT timestamp, coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        SB,
    ),
    (
        "ty022",
        "time",
        "pila ka alerts per adlaw this week? per day lang bai",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 14:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        CEB,
    ),
    (
        "ty023",
        "time",
        "unsa ang nag firing sa 03:00 UTC sa march 12?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        CEB,
    ),
    (
        "ty024",
        "time",
        "unsa nga changes ang nahitabo sa 30 minutes before sa first checkout-web alert sa march 11?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
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
        CEB,
    ),
    (
        "ty025",
        "time",
        "Fan did the last DiskSpaceLow alert on the indexer stairt?",
        """SELECT max(starts_at) FROM alerts WHERE name = 'DiskSpaceLow' AND service = 'indexer'""",
        ABZ,
    ),
    (
        "ty026",
        "time",
        "Foo mony alerts cam in atween 18:00 on Tuesday an' 06:00 on Wednesday? The nicht shift, like.",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        ABZ,
    ),
    (
        "ty027",
        "time",
        "Fit wis firin' at the moment the payments-api rollback went live on the 11th?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        ABZ,
    ),
    (
        "ty028",
        "time",
        "Wah time di latest staging alert start? Any service, jus di time.",
        """SELECT max(starts_at) FROM alerts WHERE environment_canonical = 'staging'""",
        KIN,
    ),
    (
        "ty029",
        "time",
        "How much alert start last week Tuesday between 2pm an 4pm UTC?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        KIN,
    ),
    (
        "ty030",
        "time",
        "Gimme all di alerts, any service any env, weh start inna di hour before di payments-api rollback go live "
        "pon 11 March.",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN
                 (SELECT min(timestamp) FROM change_events
                  WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                    AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                 AND
                 (SELECT min(timestamp) FROM change_events
                  WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                    AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        KIN,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "ty031",
        "aggregates",
        "how many alerts fire for production on Tuesday 11 March? just the number",
        """SELECT count(*) FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PH,
    ),
    (
        "ty032",
        "aggregates",
        "wetin be the average time wey payments-api alerts dey take resolve? for minutes abeg",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'""",
        PH,
    ),
    (
        "ty033",
        "aggregates",
        "on average, how many alerts dey fire for the same service inside 15 minutes after each production deploy? "
        "count the deploy wey get zero too",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        PH,
    ),
    (
        "ty034",
        "aggregates",
        "What share of yesterday's alerts were critical? As a percentage please.",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SB,
    ),
    (
        "ty035",
        "aggregates",
        "Shame, the snoozing is getting out of hand. What's the average snooze length in minutes, hey?",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log WHERE action = 'snooze'""",
        SB,
    ),
    (
        "ty036",
        "aggregates",
        "What percentage of the production deploys were followed by an alert on the same service within 15 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
                  AS pct
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        SB,
    ),
    (
        "ty037",
        "aggregates",
        "pila ka distinct services ang nag alert sa march 11?",
        """SELECT count(DISTINCT service) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CEB,
    ),
    (
        "ty038",
        "aggregates",
        "median duration sa HighLatencyP99 alerts in minutes bai, kadto lang nga na resolve",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE name = 'HighLatencyP99' AND status = 'resolved'""",
        CEB,
    ),
    (
        "ty039",
        "aggregates",
        "average pila ka minutes ang gap between sa suspect change ug sa pag open sa incident? tanan incidents nga "
        "naay suspect",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects""",
        CEB,
    ),
    (
        "ty040",
        "aggregates",
        "Foo mony log lines did payments-api spit oot on the 11th, an' foo mony o' them were errors?",
        """SELECT count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ABZ,
    ),
    (
        "ty041",
        "aggregates",
        "Fit's the mean time tae resolve for production incidents, open tae resolved, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        ABZ,
    ),
    (
        "ty042",
        "aggregates",
        "Fit share o' the incidents had an early warnin' afore them? A percentage, aye.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
                  AS pct
           FROM alert_groups""",
        ABZ,
    ),
    (
        "ty043",
        "aggregates",
        "How much rollback dem do inna production, total?",
        """SELECT count(*) FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'""",
        KIN,
    ),
    (
        "ty044",
        "aggregates",
        "Wah di max silence length inna hours? Di longest one dem set.",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS max_hours FROM silences""",
        KIN,
    ),
    (
        "ty045",
        "aggregates",
        "How much incident did get a suspect change weh was a flag flip?",
        """SELECT count(DISTINCT group_id) FROM incident_suspects WHERE change_type = 'flag_change'""",
        KIN,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "ty046",
        "top_n",
        "which service get the most alerts since the beginning? top 3 abeg",
        """SELECT service, count(*) AS alerts FROM alerts
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        PH,
    ),
    (
        "ty047",
        "top_n",
        "who or wetin push the most deploy enter production? na only the number one I want",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        PH,
    ),
    (
        "ty048",
        "top_n",
        "which 2 services get the most incidents wey get suspect change?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        PH,
    ),
    (
        "ty049",
        "top_n",
        "Top 3 alert names on the identity project by number of alerts, please.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE project = 'identity'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        SB,
    ),
    (
        "ty050",
        "top_n",
        "Who acked the most alerts? The top two people, ja.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        SB,
    ),
    (
        "ty051",
        "top_n",
        "Which two deployers had the most deploys that were followed by an alert on the same service within 15 "
        "minutes?",
        """SELECT c.actor, count(*) AS deploys
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 2""",
        SB,
    ),
    (
        "ty052",
        "top_n",
        "unsa nga hour sa march 11 ang pinaka daghan alerts? hour ug count ra",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        CEB,
    ),
    (
        "ty053",
        "top_n",
        "top 5 log patterns sa payments-api by error count, palihug",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template
           ORDER BY errors DESC, template
           LIMIT 5""",
        CEB,
    ),
    (
        "ty054",
        "top_n",
        "asa nga service ang pinaka daghan alerts nga nag start within 15 min after sa iyang own deploy? isa ra",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        CEB,
    ),
    (
        "ty055",
        "top_n",
        "Fa's made the maist silences? Jist the top een.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        ABZ,
    ),
    (
        "ty056",
        "top_n",
        "Fit's the three langest alerts we've had that actually resolved? Gie's the service, alert name an' minutes.",
        """SELECT service, name, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM alerts
           WHERE status = 'resolved'
           ORDER BY epoch(ends_at) - epoch(starts_at) DESC
           LIMIT 3""",
        ABZ,
    ),
    (
        "ty057",
        "top_n",
        "Fit alert name his the maist incidents wi' nae suspect change ahint them?",
        """SELECT g.group_labels['alertname'] AS alertname, count(*) AS incidents
           FROM alert_groups g
           WHERE g.id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 1""",
        ABZ,
    ),
    (
        "ty058",
        "top_n",
        "Which project get di most alert dis year? Jus di one.",
        """SELECT project, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
           GROUP BY project
           ORDER BY alerts DESC, project
           LIMIT 1""",
        KIN,
    ),
    (
        "ty059",
        "top_n",
        "Top 3 metric key dem by how much early warning dem raise.",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key
           ORDER BY warnings DESC, metric_key
           LIMIT 3""",
        KIN,
    ),
    (
        "ty060",
        "top_n",
        "Whose change dem get blame fi di most incident? Top two, bredda.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        KIN,
    ),
    # ------------------------------------------------------------------ changes
    (
        "ty061",
        "changes",
        "which deploy dem go live for production on Tuesday 11 March? list all of dem",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PH,
    ),
    (
        "ty062",
        "changes",
        "who dey flip feature flag for production? na just the names I need",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'""",
        PH,
    ),
    (
        "ty063",
        "changes",
        "which staging deploy no get any alert for the same service inside one hour after am?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        PH,
    ),
    (
        "ty064",
        "changes",
        "Which versions of auth-api went out to staging? Each version once please.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        SB,
    ),
    (
        "ty065",
        "changes",
        "Quick one: which version of user-profile is live in production right now? Our app talks to it.",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'user-profile' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        SB,
    ),
    (
        "ty066",
        "changes",
        "Were there any config changes in the identity project while an incident on the same service was still open? "
        "Show me the changes, hey.",
        """SELECT * FROM change_events c
           WHERE c.type = 'config_update' AND c.phase = 'live' AND c.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND (g.resolved_at IS NULL OR c.timestamp <= g.resolved_at))""",
        SB,
    ),
    (
        "ty067",
        "changes",
        "unsa ang mga rollbacks karong tuiga bai? tanan",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 14:00:00+00'""",
        CEB,
    ),
    (
        "ty068",
        "changes",
        "kinsa man ang nag deploy sa checkout-web sa production?",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'""",
        CEB,
    ),
    (
        "ty069",
        "changes",
        "mga changes sa search project nga nahitabo within 15 min before nag open ang search incident sa same "
        "service, naa ba?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.project = 'search'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.project = 'search' AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at)""",
        CEB,
    ),
    (
        "ty070",
        "changes",
        "Fan wis the indexer last scaled? Gie's the hale event.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'indexer'
           ORDER BY timestamp DESC
           LIMIT 1""",
        ABZ,
    ),
    (
        "ty071",
        "changes",
        "Fit releases were published in Mairch?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ABZ,
    ),
    (
        "ty072",
        "changes",
        "Fit deploys were followed by a rollback o' the same service within the oor?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        ABZ,
    ),
    (
        "ty073",
        "changes",
        "Wah change dem happen pon payments-api from 10 March come? Every type.",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'""",
        KIN,
    ),
    (
        "ty074",
        "changes",
        "Show mi di scale-down dem pon payments-api inna production.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        KIN,
    ),
    (
        "ty075",
        "changes",
        "Which payments-api change dem go live inna production while a payments-api incident did still open? List dem.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production' AND c.service = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = 'payments-api' AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND (g.resolved_at IS NULL OR c.timestamp <= g.resolved_at))""",
        KIN,
    ),
    # ----------------------------------------------------------------- silences
    (
        "ty076",
        "silences",
        "which silence dey active on Tuesday 11 March by 15:00 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        PH,
    ),
    (
        "ty077",
        "silences",
        "na who dey create silence for indexer? just the names",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""",
        PH,
    ),
    (
        "ty078",
        "silences",
        "which silence dem create while incident still dey open for the same service?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at >= g.opened_at
                 AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        PH,
    ),
    (
        "ty079",
        "silences",
        "Show me the silences somebody expired early, ja.",
        """SELECT * FROM silences WHERE expired_at IS NOT NULL""",
        SB,
    ),
    (
        "ty080",
        "silences",
        "How many silences did Lucie create, and what was her average silence length in minutes?",
        """SELECT count(*) AS silences, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM silences
           WHERE created_by ILIKE '%lucie%'""",
        SB,
    ),
    (
        "ty081",
        "silences",
        "For each silence, how many alerts did Alertmanager actually hold back under it? Zero included please.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted DESC, s.silence_id""",
        SB,
    ),
    (
        "ty082",
        "silences",
        "unsa ang mga silences nga gi create ni jonas sa march?",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%jonas%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-15 14:00:00+00'""",
        CEB,
    ),
    (
        "ty083",
        "silences",
        "pila ka snoozes ang na himo sa HighLatencyP99 this week?",
        """SELECT count(*) FROM audit_log
           WHERE action = 'snooze'
             AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 14:00:00+00'""",
        CEB,
    ),
    (
        "ty084",
        "silences",
        "unsa nga alerts ang na mute gyud sa mga silences ni kenji, sumala sa alertmanager?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%kenji%' AND list_contains(m.silenced_by, s.silence_id))""",
        CEB,
    ),
    (
        "ty085",
        "silences",
        "Fit silences were in effect on Monday 10 Mairch?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        ABZ,
    ),
    (
        "ty086",
        "silences",
        "Fa took aff the cart-service silence, an' fan?",
        """SELECT expired_by, expired_at FROM silences
           WHERE service = 'cart-service' AND expired_at IS NOT NULL""",
        ABZ,
    ),
    (
        "ty087",
        "silences",
        "Did ony incidents open while a silence on the same service wis in effect? Gie's the incidents.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        ABZ,
    ),
    (
        "ty088",
        "silences",
        "Which silence dem did set fi more dan two hours?",
        """SELECT * FROM silences WHERE epoch(ends_at) - epoch(starts_at) > 7200""",
        KIN,
    ),
    (
        "ty089",
        "silences",
        "Total silenced minutes per silence author, as di silence dem really stay in place.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences
           GROUP BY created_by
           ORDER BY minutes DESC, created_by""",
        KIN,
    ),
    (
        "ty090",
        "silences",
        "Which silence dem get create inside one hour after a alert start pon di same service?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        KIN,
    ),
    # -------------------------------------------------------------------- joins
    (
        "ty091",
        "joins",
        "show me every incident with im suspect change. the whole row abeg",
        """SELECT * FROM incident_suspects""",
        PH,
    ),
    (
        "ty092",
        "joins",
        "for each production deploy on 11 March, how many alerts fire for the same service inside 15 minutes after? "
        "service, version and the count. put the zero ones too",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        PH,
    ),
    (
        "ty093",
        "joins",
        "which production incident no get any early warning before am?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.id NOT IN (SELECT group_id FROM incident_warnings)""",
        PH,
    ),
    (
        "ty094",
        "joins",
        "How were the identity incidents fixed? Give me the service, the alert name, when it opened and the fix.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.project = 'identity'""",
        SB,
    ),
    (
        "ty095",
        "joins",
        "Which early warnings came before the checkout-web incidents? Just the warning summary and how many minutes "
        "ahead it came, ja.",
        """SELECT summary, lead_min FROM incident_warnings WHERE service = 'checkout-web'""",
        SB,
    ),
    (
        "ty096",
        "joins",
        "Which services had both a production alert and a production deploy on 11 March?",
        """SELECT service FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           INTERSECT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SB,
    ),
    (
        "ty097",
        "joins",
        "unsa nga alerts ang nag start within 15 min after sa usa ka flag change sa same service?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CEB,
    ),
    (
        "ty098",
        "joins",
        "para sa matag incident nga nag open sa march 11, pila ka deploys sa same service sa 1 hour before? "
        "group id ug count lang, apil ang zero",
        """SELECT g.id AS group_id, count(c.id) AS deploys
           FROM alert_groups g
           LEFT JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY g.id""",
        CEB,
    ),
    (
        "ty099",
        "joins",
        "unsa nga critical incidents sa production ang wala pay resolution nga na sulat?",
        """SELECT * FROM alert_groups g
           WHERE g.max_severity = 'critical' AND g.environment = 'production'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        CEB,
    ),
    (
        "ty100",
        "joins",
        "Fit changes were made onywye in the checkout project in the 30 minutes afore ony checkout incident opened? "
        "Ony o' its services, aye.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.project = 'checkout' AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)""",
        ABZ,
    ),
    (
        "ty101",
        "joins",
        "Fit wis the top three log patterns afore the PaymentsAPIErrorBudgetBurn incident on the 11th?",
        """SELECT * FROM incident_log_patterns
           WHERE rank <= 3
             AND group_id IN (
                 SELECT id FROM alert_groups
                 WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                   AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        ABZ,
    ),
    (
        "ty102",
        "joins",
        "Fa acked alerts while they were still firin'? Jist the folk.",
        """SELECT DISTINCT l.actor FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(l.matchers, m -> m.name = 'alertname')[1].value
                   AND a.service = list_filter(l.matchers, m -> m.name = 'service')[1].value
                   AND a.starts_at <= l.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))""",
        ABZ,
    ),
    (
        "ty103",
        "joins",
        "Which incident dem get blame pon a deploy of a different service? Show di incident dem wid dem suspect.",
        """SELECT * FROM incident_suspects
           WHERE change_type = 'deployment' AND change_service <> service""",
        KIN,
    ),
    (
        "ty104",
        "joins",
        "How much production deploy did have zero alert pon di same service inna di 15 minute after dem?",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        KIN,
    ),
    (
        "ty105",
        "joins",
        "Mi waan di early warning dem weh start inna di hour after a production deploy pon di same service.",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                 AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        KIN,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "ty106",
        "refusals",
        "abeg help me write short message wey I go send give the airline wey their bags no load, say we dey sorry",
        "not_about_this_data",
        PH,
    ),
    (
        "ty107",
        "refusals",
        "make you delete all those staging alerts wey dey disturb us since, I no wan see dem again",
        "asks_to_change_data",
        PH,
    ),
    (
        "ty108",
        "refusals",
        "show me the alerts for baggage-sorter service for production",
        "ungrounded",
        PH,
    ),
    (
        "ty109",
        "refusals",
        "Ag, please silence the auth-api login alerts for the next two hours, our app release is going out now-now.",
        "asks_to_change_data",
        SB,
    ),
    (
        "ty110",
        "refusals",
        "Which alerts did Thandeka Mokoena acknowledge last week?",
        "ungrounded",
        SB,
    ),
    (
        "ty111",
        "refusals",
        "What's the best way to explain Bluetooth pairing to an 80-year-old customer on the phone?",
        "not_about_this_data",
        SB,
    ),
    (
        "ty112",
        "refusals",
        "pakita sa mga alerts sa leaderboard-api bai, nag lag man ang scores",
        "ungrounded",
        CEB,
    ),
    (
        "ty113",
        "refusals",
        "kinsa ang mo daog sa grand finals karong gabii, unsa imong prediction?",
        "not_about_this_data",
        CEB,
    ),
    (
        "ty114",
        "refusals",
        "i-resolve na lang tanan open incidents sa search project, human na man na",
        "asks_to_change_data",
        CEB,
    ),
    (
        "ty115",
        "refusals",
        "Fit alerts fired in the preprod environment this wik?",
        "ungrounded",
        ABZ,
    ),
    (
        "ty116",
        "refusals",
        "Fit's the forecast for the North Sea the morn? Wind an' sea state, we've flichts tae the Forties field.",
        "not_about_this_data",
        ABZ,
    ),
    (
        "ty117",
        "refusals",
        "Roll back payments-api tae v2.13.2 for us, wid ye?",
        "asks_to_change_data",
        ABZ,
    ),
    (
        "ty118",
        "refusals",
        "Show mi di alerts pon di cluster prod-us-east-2.",
        "ungrounded",
        KIN,
    ),
    (
        "ty119",
        "refusals",
        "Write mi a likkle poem bout di toll plaza traffic pon di highway inna Portmore.",
        "not_about_this_data",
        KIN,
    ),
    (
        "ty120",
        "refusals",
        "Update di comment pon kenji silence dem fi seh 'reindex window', tanks.",
        "asks_to_change_data",
        KIN,
    ),
]
