"""The sixty-first ask question set: ids jz001..jz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes, docs/store.md (printed whole, its middle, cut off by the terminal, printed
again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep to find its line range, and the section was
printed by that range, its middle, cut off by the terminal, printed again by line range), the first lines of the
module docstring of ``ask_questions`` (how sets are described; this set is not wired in by its author), the module
docstrings of the earlier sets up to the fifty-ninth printed with ``ast`` into a scratch file and grepped for roles,
cities and languages (the forty-ninth's was read whole and its "Conventions" list followed where a question leaves
room), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format) and, in passing,
the lines defining that file's module-level now constants (one grep), and the demo store itself, copied and opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage). Nothing else was read, beyond file names seen in a directory listing of ``benchmarks/``, the project root and
the shared folder. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person or cluster
the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with
the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no one in Bangkok,
Cardiff, Lima, Addis Ababa or Memphis, no Thai, Welsh, Peruvian, Ethiopian or Southern US voice, and no
media-streaming on-call, government digital-service SRE, bank change manager, airline operations engineer or logistics
site lead). Each asks three questions in every category (24 each, three of them refusals):

- an on-call engineer of a media-streaming service in Bangkok, whose live concert stream sells its tickets and
  pay-per-view passes through checkout-web and payments-api, typing on a phone an hour before the show, at 14:00 ICT
  on Wednesday 12 March (2025-03-12 07:00 UTC): lower case, "yday", "rn", "w/", "w/in", "svc", "avg", "wat", "r",
  "1st", doubled question marks, no articles;
- an SRE of a government digital service in Cardiff (the citizen payments service pays through payments-api) preparing
  the service assessment, at 10:00 GMT on Friday 14 March (2025-03-14 10:00 UTC): Welsh English ("where to is",
  "tidy", "like" at the end, "then?" at the end, "is it", "mind", "kick off" for start);
- a change manager of a bank in Lima whose card payments run on the checkout services, at 09:00 PET on Monday 17 March
  (2025-03-17 14:00 UTC), whose first language is Spanish: formal change-management words ("implemented" for done,
  "change review"), "Please," first, "persons" for people, "which percentage", "the deployments of the week before
  last";
- an airline operations engineer in Addis Ababa whose booking site and check-in kiosks pay through the checkout
  services, at 11:00 EAT on Thursday 13 March (2025-03-13 08:00 UTC), whose first language is Amharic: polite ("Please
  tell me", "Please show me"), "how much alerts", airline words ("block time" for how long an alert lasted, "ops
  log", flights boarding);
- a site lead of a logistics distribution hub in Memphis whose dock tablets run on checkout-web, at 06:00 CDT on
  Wednesday 12 March (2025-03-12 11:00 UTC): Southern US English ("y'all", "ain't", "'em", "who all", "what all",
  "reckon", "fixin'", "mornin'", "goin'", "n" for and).

42 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (auth-api
staging alerts after its deploys, alerts started inside a silence, deploys followed by a critical alert, incidents
after a deploy, checkout-web alerts after its v5.1.10 deploy), four in time (alerts firing when the rollback went
live, changes before the first checkout-web alert, deployments before the first critical production alert, alerts
between the v2.14.0 deploy and the rollback), five in aggregates (alerts after each production deploy averaged, the
share of deploys followed by an alert, the share of incidents with a suspect, acks taken while their alert fired,
incidents with an early warning), four in top_n (alerts after a service's own deploys, whose deploys were suspects,
persons who changed production during an incident, deployers whose deploys were followed by an alert), four in changes
(deploys with no alert after them, changes that became suspects, changes during an incident, deployments before an
incident), five in silences (cart-service alerts while its silence was on, silences created during an incident,
silences Alertmanager says muted something, alerts held back per silence, deploys to a silenced service) and all
fifteen joins. The deploys rolled back within the hour (jz075, changes against changes) and the minutes from v2.14.0 to
the rollback (jz027) are not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (their teams' boards and the
  hub's screens run on UTC), so no question is read in another zone. The nows: the streaming on-call 2025-03-12 07:00,
  the hub lead 2025-03-12 11:00, the airline engineer 2025-03-13 08:00, the government SRE Friday 2025-03-14 10:00, the
  change manager Monday 2025-03-17 14:00, all after every record. "Yday", "yesterday", "Tuesday", "the 11th", "11
  March" are ``[2025-03-11, 2025-03-12)``; "today" and "last night" (the hub lead's) are 12 March; "this week" (the
  government SRE's) ``[2025-03-10, now]``; "last week" (the change manager's) ``[2025-03-10, 2025-03-17)`` and "the week
  before last" ``[2025-03-03, 2025-03-10)``; "between 1 and 28 February 2025" and "February" ``[2025-02-01,
  2025-03-01)``; "since 1 February" from 2025-02-01 to now; "the last 6 hrs" ``(now - 6 h, now]``; "overnight Tuesday
  into Wednesday, 8pm to 6am" ``[2025-03-11 20:00, 2025-03-12 06:00)``; "between 1 and 4 UTC last night" ``[2025-03-12
  01:00, 04:00)``; "between 14:30 and 15:00 UTC" includes its start and excludes its end. "All time", "over
  everything", "all told", "any time" have no window. A thing is in a window by its own time (an alert's
  ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's
  ``timestamp``, a warning's ``starts_at``). "Still firing rn", "still open now", "muted rn" are the state at now;
  "at 14:45 UTC", "at the moment the rollback went live" the state at that instant; "from before March that ain't
  cleared yet" alerts started before 2025-03-01 still firing at now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" sums that span, in hours;
  "as they were set" and the "scheduled length" are ``starts_at`` to ``ends_at``; "ran out today" is that end today,
  up to now; "expired before their time" has an ``expired_at``). Changes are their ``phase = 'live'`` reports:
  "deploys", "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools,
  is two rows), "rollbacks", "configuration changes", "flag changes" / "flag flips", "releases", "scale events" their
  types, "changes" of any type every live report (scale events included). A version is ``coalesce(details['ref'],
  version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the version "live in prod rn"
  and the "latest version of each service in production" are those of the last live deployment or rollback (argocd's
  deploys carry a commit sha and no tag, and are given as stored). "Persons ... not argocd and not the
  deployment-controller", "by persons" are every actor but ``argocd (automated)`` and ``deployment-controller``;
  "deployers" are every deployment actor; people are as stored ("jonas" is ``ILIKE '%jonas%'``). "Ran longer than half
  an hour, ones still goin' count too" measures an alert still firing up to now. "Business hours" are Monday to Friday
  09:00-17:00 UTC by ``created_at``; "outside" them any other time. "The identity project", "search project" are
  ``project``; "from PagerDuty" is ``source = 'pagerduty-events'``; "the cart-service silence" is the only silence
  pinning cart-service (maria's).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("within the hour", "within one
  hour" 60); "in the 30 minutes before an incident opened" is ``[g - 30 min, g]``; "followed by a rollback ... within
  one hour of opening" a live rollback in ``[g, g + 60 min]``; "in the hour before the first checkout-web alert on
  Tuesday" and "in the 3 hours before the first critical production alert of 11 March" are windows up to that one
  alert's start, ends included, over the changes of its environment (production) and any service; "w/in 3 hours after
  its v5.1.10 prod deploy yesterday" runs from checkout-web's production deploy at 11:50:02; "from when v2.14.0 went
  live in prod till the rollback went live" is ``[14:31:22, 14:56:37]``, both ends included; "how many minutes from the
  v2.14.0 deploy ... until the rollback went live" runs to the first live production payments-api rollback at or after
  it. A silence meets the other side on its service and, when it pins one, its environment: alerts "started while a
  silence on the same service was in effect" and incidents "opened while" one was start inside its span (start
  included, end excluded), as do deploys that went out "while that service was silenced"; "cart-service alerts that
  were firing while its silence was on" share a moment with its span; silences "created while an incident on the same
  service was open" have ``created_at`` inside the incident's span, ends included (open ones until now); changes
  "implemented in production while an incident on the same service was open" have their time inside it, ends
  included. Acks name their alert by their ``alertname`` and ``service`` equality matchers and count as given "while
  the acknowledged alert was still firing" when one such alert was on at the ack's time. "Suspect" is
  ``incident_suspects``: "whose deploys got named the suspect for the most incidents" counts distinct incidents per
  ``change_actor`` of suspect deployments; "changes ... that ended up as the suspect of an incident" are the
  ``change_events`` rows some incident names, by the change's own time; "persons who implemented changes that later
  were the suspect" every ``change_actor`` of the view, once (argocd included, as stored); "how many minutes before
  each incident did its suspect change land" is ``lag_s / 60``. "Had an early warning before 'em" / "no early warnings
  before them" is a row (none) in ``incident_warnings``; "for each early warning on payments-api yesterday" is every
  ``warnings`` row whose ``service`` label is payments-api, started that day, its kind ``labels['alertname']``, with
  the payments-api alerts of its environment that started in ``[w, w + 15 min]`` (0 where none). "How did the
  incidents get fixed" is ``alert_groups`` joined to ``resolutions``. "For each silence, how many alerts did
  Alertmanager hold back under it" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every silence
  listed; "really held back alerts, according to Alertmanager" is a silence ``alert_mutes`` names. "For each prod
  deploy yday: svc, version, time + how many alerts" and "yday's incidents w/ their suspect if any" keep every deploy
  (incident), 0 or empty where none (a ``LEFT JOIN``).
- Aggregates: durations in minutes to one decimal ("block time" of an alert is how long it lasted; "average time to
  resolve" of incidents from ``opened_at`` to ``resolved_at`` of the resolved ones; "the longest any one alert ran"
  the maximum over ended alerts); percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects
  ("this week's alerts": started from 2025-03-10 to now; "production deploys ... all time": every live production
  deployment; "the incidents of last week": opened in it); "on avg how many alerts in the 30 min after each prod deploy
  yday" is the mean of the per-deploy counts, deploys with none counting 0; "average number of changes per day in
  February" the mean of the daily counts over the days that had any; "alerts per hour yday", "changes per type", "how
  much alerts per environment" are counts per value (the ``environment`` column as stored), most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("just the top
  one", "only the first one", "just the one name", "which svc", "which hour" ask for one row; the two persons of jz054
  and the two deployers of jz060 tie with each other, the third behind; payments-api and token-service tie for second
  and third in jz058, the fourth behind). "Which 2 days" are UTC days with their counts; "which hour of the day" the
  hour on the clock (0-23); "the biggest incident, by number of alerts" the ``alert_groups`` row with the highest
  ``alert_count``; "which 3 alert names have the longest average duration" the names with their mean minutes. "When was
  indexer last deployed to prod" is that deploy's row; "when did the 1st ... go off" and "what time did the last ...
  kick off" the time alone. "Who ... n who took it off" is the creator beside ``expired_by``; "silence id, author, who
  expired it and when" those columns.
- Refusals: the service "live-ingest", the service "gov-notify", the service "dock-scanner", the person "rquispe" and
  the cluster "prod-af-south-1" (the store has prod-eu-west-1 and staging-eu-west-1) are ungrounded; the best CDN for
  live video, what a government service standard says about uptime, how often a bank's change advisory board should
  meet, how to calculate on-time performance and a forklift battery schedule are not about this data; muting the
  checkout alerts, deleting the January silences, registering a rollback as an emergency change, marking the
  checkout-web incident resolved and wiping yesterday's alerts ask to change the data.
"""

STREAM = "2025-03-12T07:00:00Z"
HUB = "2025-03-12T11:00:00Z"
AIRLINE = "2025-03-13T08:00:00Z"
GOV = "2025-03-14T10:00:00Z"
BANK = "2025-03-17T14:00:00Z"

ROWS = [
    # filters
    ("jz001", "filters", "crit alerts in prod yday?? pls quick, stream starts in 1h",
     """SELECT * FROM alerts
        WHERE severity = 'critical' AND environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     STREAM),
    ("jz002", "filters", "which search project alerts r still firing rn",
     """SELECT * FROM alerts
        WHERE project = 'search'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
     STREAM),
    ("jz003", "filters", "auth-api staging alerts that fired w/in 30 min after an auth-api deploy to staging?",
     """SELECT * FROM alerts a
        WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = 'auth-api' AND c.environment = 'staging'
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
     STREAM),
    ("jz004", "filters", "Where to is the info-level stuff? List me the info alerts we've had, all time, tidy.",
     "SELECT * FROM alerts WHERE severity = 'info'",
     GOV),
    ("jz005", "filters", "Show me the production incidents that are still open now, is it.",
     """SELECT * FROM alert_groups
        WHERE environment = 'production'
          AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
          AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 10:00:00+00')""",
     GOV),
    ("jz006", "filters",
     "Which production alerts this week started while a silence on the same service was in effect? "
     "Want to know what we'd have missed, like.",
     """SELECT * FROM alerts a
        WHERE a.environment_canonical = 'production'
          AND a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND a.starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = a.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                AND a.starts_at >= s.starts_at
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
     GOV),
    ("jz007", "filters",
     "Good morning. Please list the configuration changes implemented in production, all of them, with every column.",
     """SELECT * FROM change_events
        WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
     BANK),
    ("jz008", "filters",
     "Which changes were implemented in production last week by persons? I mean, leave out argocd and the "
     "deployment-controller.",
     """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND actor NOT IN ('argocd (automated)', 'deployment-controller')
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     BANK),
    ("jz009", "filters",
     "For the change review: which production deployments of last week were followed by a critical alert on the "
     "same service within one hour?",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.severity = 'critical' AND a.service = c.service
                AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
     BANK),
    ("jz010", "filters", "Please show me the alerts that came in from PagerDuty, all of them, like an ops log.",
     "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
     AIRLINE),
    ("jz011", "filters", "Which alerts of the identity project fired in staging on Tuesday 11 March?",
     """SELECT * FROM alerts
        WHERE project = 'identity' AND environment_canonical = 'staging'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     AIRLINE),
    ("jz012", "filters",
     "Please, the incidents that opened within 15 minutes after a deployment of the same service, any environment.",
     """SELECT * FROM alert_groups g
        WHERE EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = g.service AND c.environment = g.environment
                AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
     AIRLINE),
    ("jz013", "filters", "y'all got alerts from before March that ain't cleared yet? list 'em",
     """SELECT * FROM alerts
        WHERE starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 11:00:00+00')""",
     HUB),
    ("jz014", "filters",
     "which of yesterday's alerts ran longer than half an hour? ones still goin' count too",
     """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND coalesce(ends_at, TIMESTAMPTZ '2025-03-12 11:00:00+00') - starts_at > INTERVAL 30 MINUTE""",
     HUB),
    ("jz015", "filters",
     "any checkout-web alerts within 3 hours after its v5.1.10 prod deploy yesterday? our dock tablets run on it",
     """SELECT * FROM alerts
        WHERE service = 'checkout-web' AND environment_canonical = 'production'
          AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 11:50:02+00'
                            AND TIMESTAMPTZ '2025-03-11 11:50:02+00' + INTERVAL 3 HOUR""",
     HUB),
    # time
    ("jz016", "time", "when did the 1st payments-api alert go off yday",
     """SELECT min(starts_at) FROM alerts
        WHERE service = 'payments-api'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     STREAM),
    ("jz017", "time", "alerts in the last 6 hrs?",
     """SELECT * FROM alerts
        WHERE starts_at > TIMESTAMPTZ '2025-03-12 01:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
     STREAM),
    ("jz018", "time", "wat was firing at the moment the payments-api rollback went live yday",
     """SELECT * FROM alerts
        WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                            WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                              AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                              AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
          AND (ends_at IS NULL OR ends_at > (SELECT min(timestamp) FROM change_events
                            WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                              AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                              AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
     STREAM),
    ("jz019", "time", "How many alerts came in overnight Tuesday into Wednesday, 8pm to 6am?",
     """SELECT count(*) FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
     GOV),
    ("jz020", "time", "What time did the last checkout-web alert kick off on the 11th, then?",
     """SELECT max(starts_at) FROM alerts
        WHERE service = 'checkout-web'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     GOV),
    ("jz021", "time", "What changed in the hour before the first checkout-web alert on Tuesday?",
     """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                            AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
     GOV),
    ("jz022", "time", "Please, the deployments of the week before last in production.",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
     BANK),
    ("jz023", "time", "Between 1 and 28 February 2025, how many changes were implemented?",
     """SELECT count(*) FROM change_events
        WHERE phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
     BANK),
    ("jz024", "time",
     "Which deployments were implemented in the 3 hours before the first critical production alert of 11 March?",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                 WHERE severity = 'critical' AND environment_canonical = 'production'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 3 HOUR
                            AND (SELECT min(starts_at) FROM alerts
                                 WHERE severity = 'critical' AND environment_canonical = 'production'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
     BANK),
    ("jz025", "time", "At 14:45 UTC on 11 March, which alerts were active on payments-api?",
     """SELECT * FROM alerts
        WHERE service = 'payments-api'
          AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
     AIRLINE),
    ("jz026", "time", "Please tell me how many alerts started between 14:30 and 15:00 UTC on 11 March.",
     """SELECT count(*) FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
     AIRLINE),
    ("jz027", "time",
     "How many minutes from the payments-api v2.14.0 deploy going live in production until the rollback went live?",
     """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                             AND environment = 'production'
                             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)""",
     AIRLINE),
    ("jz028", "time", "what all fired between 1 and 4 UTC last night?",
     """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 04:00:00+00'""",
     HUB),
    ("jz029", "time", "when was indexer last deployed to prod",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND service = 'indexer' AND environment = 'production'
        ORDER BY timestamp DESC LIMIT 1""",
     HUB),
    ("jz030", "time",
     "how many payments-api alerts came in from when v2.14.0 went live in prod till the rollback went live?",
     """SELECT count(*) FROM alerts
        WHERE service = 'payments-api'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
              AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
     HUB),
    # aggregates
    ("jz031", "aggregates", "avg time to resolve payments-api incidents? in mins",
     """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
        WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
     STREAM),
    ("jz032", "aggregates", "alerts per hour yday, busiest first",
     """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY hour ORDER BY alerts DESC, hour""",
     STREAM),
    ("jz033", "aggregates", "on avg how many alerts in the 30 min after each prod deploy yday",
     """SELECT round(avg(n), 1) FROM (
            SELECT c.id, count(a.fingerprint) AS n
            FROM change_events c
            LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
            WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
              AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
              AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
            GROUP BY c.id)""",
     STREAM),
    ("jz034", "aggregates", "What share of this week's alerts were in staging, as a percentage, like?",
     """SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'staging') / count(*), 1) FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
            AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
     GOV),
    ("jz035", "aggregates", "Median length of our silences in minutes, as they were set, start to scheduled end?",
     "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences",
     GOV),
    ("jz036", "aggregates",
     "What percentage of production deploys were followed by an alert on the same service within 15 minutes? "
     "All time, for the service assessment.",
     """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
        FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
     GOV),
    ("jz037", "aggregates", "How many changes per type were implemented last week?",
     """SELECT type, count(*) AS changes FROM change_events
        WHERE phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
        GROUP BY type ORDER BY changes DESC, type""",
     BANK),
    ("jz038", "aggregates", "What is the average number of changes implemented per day in February?",
     """SELECT round(avg(n), 1) FROM (
            SELECT date_trunc('day', timestamp) AS d, count(*) AS n FROM change_events
            WHERE phase = 'live'
              AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
            GROUP BY d)""",
     BANK),
    ("jz039", "aggregates", "Of the incidents of last week, which percentage had a suspect change?",
     """SELECT round(100.0 * count(*) FILTER (WHERE g.id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
        FROM alert_groups g
        WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
            AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     BANK),
    ("jz040", "aggregates",
     "Please tell me the average block time of the critical alerts, I mean how long they lasted, only the ended "
     "ones, in minutes.",
     """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
        WHERE severity = 'critical' AND ends_at IS NOT NULL""",
     AIRLINE),
    ("jz041", "aggregates", "How much alerts per environment, in total?",
     """SELECT environment, count(*) AS alerts FROM alerts GROUP BY environment ORDER BY alerts DESC, environment""",
     AIRLINE),
    ("jz042", "aggregates", "How many acks were given while the acknowledged alert was still firing?",
     """SELECT count(*) FROM audit_log k
        WHERE k.action = 'ack'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal
                  AND NOT m.is_regex)[1].value
                AND a.service = list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal
                    AND NOT m.is_regex)[1].value
                AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
     AIRLINE),
    ("jz043", "aggregates", "total hours them silences were actually in place, all told?",
     """SELECT round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
        FROM silences""",
     HUB),
    ("jz044", "aggregates", "what's the longest any one alert ran, in minutes? just the ones that cleared",
     """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts WHERE ends_at IS NOT NULL""",
     HUB),
    ("jz045", "aggregates", "how many incidents had an early warning before 'em?",
     "SELECT count(DISTINCT group_id) FROM incident_warnings",
     HUB),
    # top_n
    ("jz046", "top_n", "top 3 services by alerts yday",
     """SELECT service, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
     STREAM),
    ("jz047", "top_n", "which alert name fires the most, all time",
     "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
     STREAM),
    ("jz048", "top_n", "which svc got the most alerts w/in 15 min after its own deploys",
     """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
        FROM alerts a
        WHERE EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
        GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
     STREAM),
    ("jz049", "top_n", "Who's silenced the most things? Just the top one, mind.",
     """SELECT created_by, count(*) AS silences FROM silences
        GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
     GOV),
    ("jz050", "top_n", "Which 2 days had the most alerts, all time?",
     """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
        GROUP BY day ORDER BY alerts DESC, day LIMIT 2""",
     GOV),
    ("jz051", "top_n", "Whose deploys got named the suspect for the most incidents? Top two, please.",
     """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
        WHERE change_type = 'deployment'
        GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2""",
     GOV),
    ("jz052", "top_n", "Which three services had the most changes implemented in production last week?",
     """SELECT service, count(*) AS changes FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
        GROUP BY service ORDER BY changes DESC, service LIMIT 3""",
     BANK),
    ("jz053", "top_n", "Who implemented the most flag changes? Only the first one, please.",
     """SELECT actor, count(*) AS flag_changes FROM change_events
        WHERE type = 'flag_change' AND phase = 'live'
        GROUP BY actor ORDER BY flag_changes DESC, actor LIMIT 1""",
     BANK),
    ("jz054", "top_n",
     "Which two persons implemented the most production changes while an incident on the same service was open? "
     "Persons only, not argocd and not the deployment-controller.",
     """SELECT c.actor, count(*) AS changes FROM change_events c
        WHERE c.phase = 'live' AND c.environment = 'production'
          AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))
        GROUP BY c.actor ORDER BY changes DESC, c.actor LIMIT 2""",
     BANK),
    ("jz055", "top_n",
     "Please, which 3 alert names have the longest average duration? Only the alerts that ended, in minutes.",
     """SELECT name, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
        WHERE ends_at IS NOT NULL
        GROUP BY name ORDER BY avg(epoch(ends_at) - epoch(starts_at)) DESC, name LIMIT 3""",
     AIRLINE),
    ("jz056", "top_n", "Which hour of the day has the most alerts, over everything?",
     """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts FROM alerts
        GROUP BY hour_of_day ORDER BY alerts DESC, hour_of_day LIMIT 1""",
     AIRLINE),
    ("jz057", "top_n", "Which incident was the biggest, by number of alerts in it? Just the one.",
     "SELECT * FROM alert_groups ORDER BY alert_count DESC, opened_at LIMIT 1",
     AIRLINE),
    ("jz058", "top_n", "which 3 services had the most alerts in production, all time?",
     """SELECT service, count(*) AS alerts FROM alerts
        WHERE environment_canonical = 'production'
        GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
     HUB),
    ("jz059", "top_n", "who acked the most alerts, just the one name",
     """SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack'
        GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
     HUB),
    ("jz060", "top_n", "top 2 deployers by deploys that got an alert on the same service within the hour after",
     """SELECT c.actor, count(*) AS deploys FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
        GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 2""",
     HUB),
]

ROWS += [
    # changes
    ("jz061", "changes", "wat got deployed to prod yday",
     """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     STREAM),
    ("jz062", "changes", "which version of payments-api is live in prod rn",
     """SELECT coalesce(details['ref'], version) FROM change_events
        WHERE type IN ('deployment', 'rollback') AND phase = 'live'
          AND service = 'payments-api' AND environment = 'production'
        ORDER BY timestamp DESC LIMIT 1""",
     STREAM),
    ("jz063", "changes", "deploys yday w/ no alerts on the same svc in the 15 min after",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
     STREAM),
    ("jz064", "changes", "Who rolled things back this week, like?",
     """SELECT DISTINCT actor FROM change_events
        WHERE type = 'rollback' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
              AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
     GOV),
    ("jz065", "changes", "Which auth-api versions went out to staging, then?",
     """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
     GOV),
    ("jz066", "changes", "Which changes this week ended up as the suspect of an incident?",
     """SELECT * FROM change_events
        WHERE id IN (SELECT change_id FROM incident_suspects)
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
              AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
     GOV),
    ("jz067", "changes", "Please list the rollbacks implemented in production since 1 February, with every column.",
     """SELECT * FROM change_events
        WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
              AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
     BANK),
    ("jz068", "changes",
     "The flag changes implemented last week, and by whom? Service, summary, actor and time, please.",
     """SELECT service, summary, actor, timestamp FROM change_events
        WHERE type = 'flag_change' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     BANK),
    ("jz069", "changes", "Which changes were implemented in production while an incident on the same service was open?",
     """SELECT * FROM change_events c
        WHERE c.phase = 'live' AND c.environment = 'production'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp BETWEEN g.opened_at
                    AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))""",
     BANK),
    ("jz070", "changes", "Please show me the scale events of indexer.",
     "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'indexer'",
     AIRLINE),
    ("jz071", "changes", "Which releases were published on 11 March?",
     """SELECT * FROM change_events
        WHERE type = 'release' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     AIRLINE),
    ("jz072", "changes", "Which deployments came in the 30 minutes before an incident of the same service opened?",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)""",
     AIRLINE),
    ("jz073", "changes", "who all deployed to staging yesterday?",
     """SELECT DISTINCT actor FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     HUB),
    ("jz074", "changes", "what's the latest version of each service in production",
     """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
        WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND environment = 'production'
        GROUP BY service""",
     HUB),
    ("jz075", "changes", "which deploys got rolled back, same service, within the hour after?",
     """SELECT * FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live'
          AND EXISTS (
              SELECT 1 FROM change_events r
              WHERE r.type = 'rollback' AND r.phase = 'live'
                AND r.service = d.service AND r.environment = d.environment
                AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
     HUB),
    # silences
    ("jz076", "silences", "whats muted rn",
     """SELECT * FROM silences
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00' AND ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00'
          AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
     STREAM),
    ("jz077", "silences", "who silenced stuff yday",
     """SELECT DISTINCT created_by FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
            AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     STREAM),
    ("jz078", "silences", "cart-service alerts that were firing while its silence was on?",
     """SELECT * FROM alerts a
        WHERE a.service = 'cart-service'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = 'cart-service'
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
     STREAM),
    ("jz079", "silences", "Which silences were made outside business hours, then?",
     """SELECT * FROM silences
        WHERE NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
     GOV),
    ("jz080", "silences", "How many silences has jonas put on, all time?",
     "SELECT count(*) FROM silences WHERE created_by ILIKE '%jonas%'",
     GOV),
    ("jz081", "silences", "Which silences were created while an incident on the same service was open?",
     """SELECT * FROM silences s
        WHERE EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = s.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                AND s.created_at BETWEEN g.opened_at
                    AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 10:00:00+00'))""",
     GOV),
    ("jz082", "silences", "Which silences were expired before their time, and by whom? Silence id, author, who expired "
     "it and when.",
     "SELECT silence_id, created_by, expired_by, expired_at FROM silences WHERE expired_at IS NOT NULL",
     BANK),
    ("jz083", "silences", "For each silence created last week, its author and its scheduled length in minutes.",
     """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
            AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     BANK),
    ("jz084", "silences", "Which of the silences really held back alerts, according to Alertmanager?",
     """SELECT * FROM silences
        WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
     BANK),
    ("jz085", "silences", "Please show me the silences with more than two matchers.",
     "SELECT * FROM silences WHERE len(matchers) > 2",
     AIRLINE),
    ("jz086", "silences", "Which silences have a comment that mentions the reindex?",
     "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
     AIRLINE),
    ("jz087", "silences", "For each silence, how many alerts did Alertmanager hold back under it? Zero included.",
     """SELECT s.silence_id, count(m.id) AS muted FROM silences s
        LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
        GROUP BY s.silence_id""",
     AIRLINE),
    ("jz088", "silences", "which silences ran out today?",
     """SELECT * FROM silences
        WHERE least(ends_at, coalesce(expired_at, ends_at)) >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND least(ends_at, coalesce(expired_at, ends_at)) <= TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
     HUB),
    ("jz089", "silences", "who put the silence on cart-service n who took it off",
     "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
     HUB),
    ("jz090", "silences", "did any deploy go out to a service while that service was silenced? show me the deploys",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = c.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                AND c.timestamp >= s.starts_at
                AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
     HUB),
    # joins
    ("jz091", "joins", "yday's incidents w/ their suspect if any: svc, alert, opened, suspect version",
     """SELECT g.service, g.group_labels['alertname'], g.opened_at,
               coalesce(s.change_details['ref'], s.change_version)
        FROM alert_groups g LEFT JOIN incident_suspects s ON s.group_id = g.id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
            AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     STREAM),
    ("jz092", "joins", "for each prod deploy yday: svc, version, time + how many alerts in the next 15 min",
     """SELECT c.service, coalesce(c.details['ref'], c.version), c.timestamp, count(a.fingerprint)
        FROM change_events c
        LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
        WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY c.id, c.service, c.details, c.version, c.timestamp""",
     STREAM),
    ("jz093", "joins", "which services got paged within 15 min after a deploy of their own",
     """SELECT DISTINCT a.service FROM alerts a
        WHERE EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
     STREAM),
    ("jz094", "joins", "Which incidents this week had no early warnings before them?",
     """SELECT * FROM alert_groups g
        WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
            AND g.opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
          AND g.id NOT IN (SELECT group_id FROM incident_warnings)""",
     GOV),
    ("jz095", "joins", "How did the incidents this week get fixed? Service, alert name and the fix, tidy.",
     """SELECT g.service, g.group_labels['alertname'], r.fix
        FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
            AND g.opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
     GOV),
    ("jz096", "joins",
     "Which alerts, any time, kicked off within 15 minutes after a flag was flipped on the same service?",
     """SELECT * FROM alerts a
        WHERE EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'flag_change' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
     GOV),
    ("jz097", "joins",
     "Which deployments of last week had no alert of the same service in the 30 minutes after them?",
     """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
     BANK),
    ("jz098", "joins", "Which persons implemented changes that later were the suspect of an incident? Each one once.",
     "SELECT DISTINCT change_actor FROM incident_suspects",
     BANK),
    ("jz099", "joins",
     "For every incident of February, its suspect change if any: service, alert name, opened time, change type "
     "and actor.",
     """SELECT g.service, g.group_labels['alertname'], g.opened_at, s.change_type, s.change_actor
        FROM alert_groups g LEFT JOIN incident_suspects s ON s.group_id = g.id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
            AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
     BANK),
    ("jz100", "joins", "Please list the incidents that opened while a silence on the same service was in effect.",
     """SELECT * FROM alert_groups g
        WHERE EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = g.service
                AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                AND g.opened_at >= s.starts_at
                AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
     AIRLINE),
    ("jz101", "joins",
     "How many minutes before each incident did its suspect change land? The incident's service, alert name, when "
     "it opened, and the minutes.",
     """SELECT service, group_labels['alertname'], opened_at, round(lag_s / 60, 1) FROM incident_suspects""",
     AIRLINE),
    ("jz102", "joins", "Which incidents were followed by a rollback of the same service within one hour of opening?",
     """SELECT * FROM alert_groups g
        WHERE EXISTS (
              SELECT 1 FROM change_events r
              WHERE r.type = 'rollback' AND r.phase = 'live'
                AND r.service = g.service AND r.environment = g.environment
                AND r.timestamp BETWEEN g.opened_at AND g.opened_at + INTERVAL 60 MINUTE)""",
     AIRLINE),
    ("jz103", "joins", "which flag flips had an alert on the same service within an hour after?",
     """SELECT * FROM change_events c
        WHERE c.type = 'flag_change' AND c.phase = 'live'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
     HUB),
    ("jz104", "joins", "who acked alerts while they were still firin'?",
     """SELECT DISTINCT k.actor FROM audit_log k
        WHERE k.action = 'ack'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal
                  AND NOT m.is_regex)[1].value
                AND a.service = list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal
                    AND NOT m.is_regex)[1].value
                AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
     HUB),
    # jz105's gold first read environment_aliases, which questions may not read; rewritten by the maintainer without it
    # (warnings carry the canonical "production": the same rows)
    ("jz105", "joins",
     "for each early warning on payments-api yesterday, how many payments-api alerts fired in the 15 min after it? "
     "kind, when it started, and the count",
     """SELECT w.labels['alertname'], w.starts_at, count(a.fingerprint)
        FROM warnings w
        LEFT JOIN alerts a ON a.service = 'payments-api'
             AND a.environment_canonical = lower(w.labels['environment'])
             AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
        WHERE w.labels['service'] = 'payments-api'
          AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY w.id, w.labels, w.starts_at""",
     HUB),
    # refusals
    ("jz106", "refusals", "whats the best cdn for live video in SEA? asking for the concert tonite",
     "not_about_this_data", STREAM),
    ("jz107", "refusals", "mute all the checkout alerts for the next 2 hrs pls, show is about to start",
     "asks_to_change_data", STREAM),
    ("jz108", "refusals", "any alerts on live-ingest yday?", "ungrounded", STREAM),
    ("jz109", "refusals", "Could you delete the old January silences for me, tidy things up?", "asks_to_change_data",
     GOV),
    ("jz110", "refusals", "How many alerts did gov-notify raise this week, then?", "ungrounded", GOV),
    ("jz111", "refusals", "What does the service standard say about how much uptime a public service needs, like?",
     "not_about_this_data", GOV),
    ("jz112", "refusals", "Please register the payments-api rollback of 11 March as an emergency change in the store.",
     "asks_to_change_data", BANK),
    ("jz113", "refusals", "Which changes did rquispe implement in production last month?", "ungrounded", BANK),
    ("jz114", "refusals", "What is the recommended frequency for a change advisory board in a bank?",
     "not_about_this_data", BANK),
    ("jz115", "refusals", "Please show me the alerts from the cluster prod-af-south-1.", "ungrounded", AIRLINE),
    ("jz116", "refusals", "Please mark the checkout-web incident as resolved, the flights are boarding normally now.",
     "asks_to_change_data", AIRLINE),
    ("jz117", "refusals", "How do I calculate on-time performance for our departures?", "not_about_this_data",
     AIRLINE),
    ("jz118", "refusals", "how many alerts did dock-scanner throw yesterday?", "ungrounded", HUB),
    ("jz119", "refusals", "reckon y'all could wipe yesterday's alerts so the board's clean for the mornin' shift?",
     "asks_to_change_data", HUB),
    ("jz120", "refusals", "what's a good battery maintenance schedule for our forklifts?", "not_about_this_data", HUB),
]
