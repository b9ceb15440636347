"""The forty-sixth ask question set: ids yz001..yz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep to find it), the module docstring of
``ask_questions`` and its code (how a set is wired and split; this set is not wired in by its author), the module
docstrings of the earlier sets printed with ``ast`` (to choose people who had not spoken before and to keep their
conventions; the printed docstrings were grepped for languages, cities and roles), the first ten rows of
``ask_questions_thirtieth`` imported in Python (for the file's format) and, in passing, the names of that file's
module-level now constants (a grep for the lines defining constants), and the demo store itself, opened read-only
(records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage).
Nothing else was read, beyond file names seen in directory listings of ``benchmarks/`` and of the brief's folder and in
``git status``.
Another author was writing a set at the same time in the words of people who watch warnings, logs and metrics; this
author saw none of it. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person,
environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people of release and platform work, four of them writing English as a second language, ask the questions,
none of whom spoke in an earlier set. Several roles the brief suggested had been heard (release managers in the
seventh, eleventh, eighteenth and twenty-third sets, a mobile release engineer in the thirteenth, a release engineer
and a Kubernetes platform engineer in the twentieth, a Bengaluru release engineer in the forty-second, the admin of
Argo CD and the deploy tooling in the twenty-fifth, a contractor writing English as a second language in the
twenty-ninth, a developer asking "what did I deploy" in the thirty-fourth, a data-platform analyst in Sao Paulo in the
forty-second; German, Spanish, Hindi-flavoured, Indian and Japanese English were heard in the thirty-sixth and
forty-second), so others stand in for them: languages not heard before (Polish, French, Italian, Korean) and a
command-line way of typing. Each asks three questions in every category (24 each, three of them refusals):

- a platform SRE on call in Warsaw whose first language is Polish, at 10:00 UTC on Wednesday 12 March: articles
  dropped or misplaced, "on production", "since beginning of march", Polish aspect and agreement ("which alerts was
  starting", "silences was created"), the false friend "actual" for current ("which version ... is actual on
  production"), "in this moment", "make silence"; about what is firing, deploys and the alerts after them, silences;
- a build-and-release engineer in Lyon whose first language is French, at 15:00 UTC on Thursday 13 March: polite
  full sentences with a space before "?" and ":" (" ?", " :"), "How much deployments", "followed of", "In average",
  "programmed in advance", "actually" once for now ("in production actually ?"), "the 1st of February", "Tuesday";
  about releases, tags, rollbacks, deployers, suspects and the release train;
- a GitOps engineer in Milan whose first language is Italian, at 09:30 UTC on Friday 14 March, who runs Argo CD and
  the Kubernetes rollouts: "argo syncs", "the pods", "there are some ... still firing now?", "how many scale events
  has reported kubernetes", "for month", "all the fields"; about Argo CD syncs (live deployments reported by
  ``argocd``), scale events, incidents around syncs and indexer silences;
- a post-deploy verification engineer in Seoul whose first language is Korean, at 13:30 UTC on Wednesday 12 March
  (22:30 KST, asking about the UTC day before): topic first and verb last, plurals and articles dropped ("yesterday
  deploy to staging, list please", "payments-api v2.14.0 production deploy after, inside 30 minute, which
  payments-api alert started?", "deploy that become suspect of incident"); about what each deploy was followed by;
- a platform engineer who types to the box as if to a command-line tool, at 08:00 UTC on Monday 17 March: a verb
  or noun and flags only ("alerts --env=staging --state=firing", "deploys --since 30d --group-by day",
  "incidents --opened-after=flag_change --within=30m --same-svc -o service,alertname,opened_at"), no sentence.

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys, argo syncs,
flag changes and config updates and the alerts or incidents after them; alerts in the hour before a rollback;
alerts and silences around the payments-api v2.14.0 deploy and its rollback; incidents and their suspects, early
warnings and resolutions; silences created while an incident was open or after an alert, silences in effect when a
deploy went out or while alerts fired, the alerts kenji's silences muted; acks of alerts still firing): four in each
of filters (its Tuesday deployments followed by a rollback relate two kinds of change, not counted) and time, five in
each of aggregates, top_n, changes and silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``, after every record: the
  Warsaw SRE at 2025-03-12 10:00 (Wednesday), the Seoul engineer at 2025-03-12 13:30, the Lyon release engineer at
  Thursday 2025-03-13 15:00, the Milan GitOps engineer at Friday 2025-03-14 09:30 and the command-line engineer at
  Monday 2025-03-17 08:00. "Yesterday" (Wednesday's askers) and "Tuesday" / "on tuesday" are
  ``[2025-03-11, 2025-03-12)``; "last night, between 22:00 and 06:00 UTC" is ``[2025-03-11 22:00, 2025-03-12
  06:00)``; "this week" runs from 2025-03-10 00:00 to now; "since the 1st of February / March", "since beginning of
  march" and ``--since 2025-03-01`` from that day to now; "in February" is ``[2025-02-01, 2025-03-01)``; "last 7
  days", ``--since 30d`` are ``(now - N, now]``; "between 13:00 and 14:00 UTC", "between 14:00 and 16:00" and
  ``--from A --to B`` include their start and exclude their end; "for month? january, february, march" are the
  three calendar months of 2025. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``); "still firing now", "in this moment" and
  ``--state=firing`` are the state at now; "at 15:00 UTC exactly" and ``--firing-at`` the state at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows. Changes are their ``phase = 'live'`` reports: "deploys" / "deployments" ``type =
  'deployment'`` (a change two tools reported live, auth-api v4.2.1 in production on the 11th, is two rows),
  "rollbacks" ``type = 'rollback'``, "releases" / "published" ``type = 'release'``, "flag changes" ``type =
  'flag_change'``, "config changes" / ``config_updates`` ``type = 'config_update'``, "scale events" ``type =
  'scale'`` (a "scale down" has ``replicas_to`` below ``replicas_from``); "argo syncs" are live deployments with
  ``source = 'argocd'``. A version or tag is ``coalesce(details['ref'], version)``; the version "actual" / running in
  an environment is that of its last live deployment or rollback. People are answered as stored, bots included
  ("argocd (automated)" counts as a deployer; the Lyon engineer says so); "kenji", "lucie", "jonas" are ``ILIKE``
  on the stored name, ``--actor=sokafor`` and "dpatel and mgonzalez" exact. "The KubePod-something ones" are the
  alert names starting ``KubePod``; "cluster prod-eu-west-1" and "namespace" are those alert labels.
- Named events: "the payments-api v2.14.0 production deploy" went live at 2025-03-11 14:31:22 and "payments-api
  rollback" / "its rollback" at 14:56:37; "between the deployment ... and its rollback" includes both ends and counts
  alerts of every service; "first payments-api alert after" it is the earliest start alone that day; "which services
  got an alert in the 20 minutes after ... any service" are the distinct services of every alert in that window;
  alerts firing or silences in effect "at the moment" one went live are those on at that instant, any service.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "in N minutes after" a change starts (opens) in ``[t, t + N]``; a deploy "followed by" / "had
  after them" an alert, incident or rollback has one there and "no alert at all in the hour after" none; alerts
  ``--before=rollback --started-within=60m`` start in ``[t - 60 min, t]``; incidents with an argo sync "in the 30
  minutes before they opened" have one in ``[opened_at - 30 min, opened_at]``. An incident is open from
  ``opened_at`` to ``resolved_at`` (now while unresolved): an argo sync "done while an incident of the same service
  was still open" and a silence "created while incident on same service was open" have their time in that span. A
  silence is in effect from ``starts_at`` to its end or its expiry, whichever came first, and meets the other side on
  its service and, when it pins one, its environment: an alert that "began while a silence for their service was
  active" and a deploy ``--during-silence`` fall inside that span, alerts ``--firing-during=silence`` share a moment
  with it; a silence "created in 30 minute after alert of its service started" was created in ``[starts_at,
  starts_at + 30 min]``. ``--acked-while-firing`` alerts have an ``ack`` whose ``alertname`` and ``service``
  equality matchers name them, taken while they were firing. "Suspect" means ``incident_suspects`` ("deploy that
  become suspect of incident" is the ``change_events`` rows it names; "persons blamed as suspect" counted per
  ``change_actor``, bots included); "without any early warning before them" is an anti-join on
  ``incident_warnings``; "fixed by rolling back, according to their resolution" are incidents whose
  ``resolutions.fix`` says "rolled back", "roll back" or "rollback"; the alerts "muted by the silences of kenji,
  according to alertmanager" are ``alert_mutes`` rows whose ``silenced_by`` names one of them. "For each / every X
  ..., also zero" is one row per X with the columns asked and a count (a ``LEFT JOIN``); "in average, how many ...
  after each production deployment" is the mean of those counts over every live production deployment.
- Aggregates: durations in minutes to one decimal (alerts from start to end of the resolved ones, incidents from
  ``opened_at`` to ``resolved_at`` of the resolved ones); a silence's length "as set" is ``starts_at`` to
  ``ends_at`` ("in hours" in hours); ``p95`` is ``quantile_cont`` to one decimal; a suspect's lag is ``lag_s`` in
  minutes; percentages are ``round(100.0 * part / whole, 1)``; "critical vs warning" is one count per severity.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("only
  first one", "top 1", "the most" ask for one row); "the 5 last argo syncs" and "3 longest alert" are whole rows
  ranked by time or duration; "busiest hour" is the hour bucket of that day; "which deploy ... have most alert ...
  top one" is the deploy's service, version and count.
- Refusals: the "prod-waw-1" cluster, the services "billing-api" and "catalog-sync", the person "hyunwoo.park" and
  the "uat" environment are ungrounded (none is in the store); Kubernetes StatefulSets, canary versus blue/green,
  Argo CD sync waves, a good first canary step and the live state of pods (``kubectl get pods``) are not about this
  data; making a silence, deleting a rollback record, re-syncing an Argo application, rolling back payments-api and
  expiring a silence ask to change the data.
"""

WARSAW = "2025-03-12T10:00:00Z"
SEOUL = "2025-03-12T13:30:00Z"
LYON = "2025-03-13T15:00:00Z"
MILAN = "2025-03-14T09:30:00Z"
CLI = "2025-03-17T08:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "yz001",
        "filters",
        "which alerts are firing still on production in this moment?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 10:00:00+00')""",
        WARSAW,
    ),
    (
        "yz002",
        "filters",
        "show me critical alerts from yesterday, only from cluster prod-eu-west-1",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND labels['cluster'] = 'prod-eu-west-1'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WARSAW,
    ),
    (
        "yz003",
        "filters",
        "Yesterday on production: which alerts was starting in 15 minutes after deploy of same service?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        WARSAW,
    ),
    (
        "yz004",
        "filters",
        "Could you list the rollbacks done in production since the 1st of February ?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'""",
        LYON,
    ),
    (
        "yz005",
        "filters",
        "Which releases have been published on Tuesday ?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LYON,
    ),
    (
        "yz006",
        "filters",
        "The deployments of Tuesday that were followed by a rollback of the same service in the hour after, please ?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        LYON,
    ),
    (
        "yz007",
        "filters",
        "argo syncs on production of this week, all the fields please",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd'
             AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:30:00+00'""",
        MILAN,
    ),
    (
        "yz008",
        "filters",
        "there are some alerts of the pods still firing now? I mean the KubePod-something ones",
        """SELECT * FROM alerts
           WHERE name LIKE 'KubePod%'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 09:30:00+00')""",
        MILAN,
    ),
    (
        "yz009",
        "filters",
        "which incidents are opened in the 15 minutes after an argo sync of the same service?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MILAN,
    ),
    (
        "yz010",
        "filters",
        "yesterday deploy to staging, list please",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEOUL,
    ),
    (
        "yz011",
        "filters",
        "payments-api v2.14.0 production deploy after, inside 30 minute, which payments-api alert started?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        SEOUL,
    ),
    (
        "yz012",
        "filters",
        "staging alert, warning severity, yesterday. show all",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEOUL,
    ),
    (
        "yz013",
        "filters",
        "alerts --env=staging --state=firing",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 08:00:00+00')""",
        CLI,
    ),
    (
        "yz014",
        "filters",
        "deploys --actor=sokafor --env=prod",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor = 'sokafor' AND environment = 'production'""",
        CLI,
    ),
    (
        "yz015",
        "filters",
        "alerts --started-within=60m --before=rollback --same-svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = a.service AND r.environment = a.environment_canonical
                   AND a.starts_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp)""",
        CLI,
    ),
    # ------------------------------------------------------------------ time
    (
        "yz016",
        "time",
        "how many alerts per hour yesterday on production? hours in UTC please",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        WARSAW,
    ),
    (
        "yz017",
        "time",
        "alerts from last night, between 22:00 and 06:00 UTC",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        WARSAW,
    ),
    (
        "yz018",
        "time",
        "which alerts was firing on production in the moment when payments-api rollback went live yesterday?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        WARSAW,
    ),
    (
        "yz019",
        "time",
        "How much deployments went live each day since the 1st of March ?",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deployments
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
           GROUP BY day
           ORDER BY deployments DESC, day""",
        LYON,
    ),
    (
        "yz020",
        "time",
        "What was released between 13:00 and 14:00 UTC on Tuesday ?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 13:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:00:00+00'""",
        LYON,
    ),
    (
        "yz021",
        "time",
        "How many alerts started between the deployment of payments-api v2.14.0 in production and its rollback ?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        LYON,
    ),
    (
        "yz022",
        "time",
        "how many argo syncs for month? january, february, march",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS syncs
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY month
           ORDER BY syncs DESC, month""",
        MILAN,
    ),
    (
        "yz023",
        "time",
        "what was firing tuesday at 15:00 UTC exactly?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        MILAN,
    ),
    (
        "yz024",
        "time",
        "the scale events of kubernetes on tuesday, how many for each hour?",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS scale_events
           FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY scale_events DESC, hour""",
        MILAN,
    ),
    (
        "yz025",
        "time",
        "yesterday, after payments-api v2.14.0 production deploy, first payments-api alert what time it start?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEOUL,
    ),
    (
        "yz026",
        "time",
        "alert count per day, last 7 days, please",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 13:30:00+00' - INTERVAL 7 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:30:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        SEOUL,
    ),
    (
        "yz027",
        "time",
        "yesterday between 14:00 and 16:00, which deploy and rollback happen?",
        """SELECT * FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        SEOUL,
    ),
    (
        "yz028",
        "time",
        "alerts --from 2025-03-11T14:30Z --to 2025-03-11T15:00Z",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        CLI,
    ),
    (
        "yz029",
        "time",
        "deploys --since 30d --group-by day",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-17 08:00:00+00' - INTERVAL 30 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY day
           ORDER BY deploys DESC, day""",
        CLI,
    ),
    (
        "yz030",
        "time",
        "alerts --firing-at=<payments-api v2.14.0 prod deploy live> --all-svc",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        CLI,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "yz031",
        "aggregates",
        "what is average duration of resolved alerts on production, in minutes?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1)
           FROM alerts
           WHERE status = 'resolved' AND environment_canonical = 'production'""",
        WARSAW,
    ),
    (
        "yz032",
        "aggregates",
        "how many silences was created by kenji since beginning of march?",
        """SELECT count(*) FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        WARSAW,
    ),
    (
        "yz033",
        "aggregates",
        "how many production alerts began while a silence for their service was active?",
        """SELECT count(*) FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        WARSAW,
    ),
    (
        "yz034",
        "aggregates",
        "What share of the live deployments in production since the 1st of March were done by argocd (automated) ? "
        "A percentage, one decimal.",
        """SELECT round(100.0 * count(*) FILTER (WHERE actor = 'argocd (automated)') / count(*), 1)
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'""",
        LYON,
    ),
    (
        "yz035",
        "aggregates",
        "How many different versions of auth-api have been deployed in staging ?",
        """SELECT count(DISTINCT coalesce(details['ref'], version))
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'""",
        LYON,
    ),
    (
        "yz036",
        "aggregates",
        "In average, how many alerts of the same service started in the 30 minutes after each production deployment ?",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        LYON,
    ),
    (
        "yz037",
        "aggregates",
        "average duration of the incidents on production that are resolved, in minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1)
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        MILAN,
    ),
    (
        "yz038",
        "aggregates",
        "how many scale events has reported kubernetes on tuesday?",
        """SELECT count(*) FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MILAN,
    ),
    (
        "yz039",
        "aggregates",
        "how many argo syncs had an alert of the same service in the 30 minutes after?",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        MILAN,
    ),
    (
        "yz040",
        "aggregates",
        "yesterday payments-api production alert, how many?",
        """SELECT count(*) FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEOUL,
    ),
    (
        "yz041",
        "aggregates",
        "production deploy with alert of same service within 15 minute after, what percentage? one decimal",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        SEOUL,
    ),
    (
        "yz042",
        "aggregates",
        "critical vs warning alert count yesterday",
        """SELECT severity, count(*) AS alerts
           FROM alerts
           WHERE severity IN ('critical', 'warning')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY severity
           ORDER BY alerts DESC""",
        SEOUL,
    ),
    (
        "yz043",
        "aggregates",
        "count alerts --env=prod --severity=critical --since 2025-03-01",
        """SELECT count(*) FROM alerts
           WHERE environment_canonical = 'production' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        CLI,
    ),
    (
        "yz044",
        "aggregates",
        "p95 alert-duration --state=resolved -o minutes",
        """SELECT round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.95), 1)
           FROM alerts
           WHERE status = 'resolved'""",
        CLI,
    ),
    (
        "yz045",
        "aggregates",
        "avg lag-min incident-suspects --change-type=deployment",
        """SELECT round(avg(lag_s) / 60, 1)
           FROM incident_suspects
           WHERE change_type = 'deployment'""",
        CLI,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "yz046",
        "top_n",
        "which 3 services had most alerts on production since beginning of march?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        WARSAW,
    ),
    (
        "yz047",
        "top_n",
        "who is making the most silences? only first one",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        WARSAW,
    ),
    (
        "yz048",
        "top_n",
        "which service has most alerts which started in 30 min after deploy of the same service? only first one",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        WARSAW,
    ),
    (
        "yz049",
        "top_n",
        "Who are the 3 deployers with the most deployments, all environments, bots included ?",
        """SELECT actor, count(*) AS deployments
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY actor
           ORDER BY deployments DESC, actor
           LIMIT 3""",
        LYON,
    ),
    (
        "yz050",
        "top_n",
        "Which service has received the most flag changes ?",
        """SELECT service, count(*) AS flag_changes
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY service
           ORDER BY flag_changes DESC, service
           LIMIT 1""",
        LYON,
    ),
    (
        "yz051",
        "top_n",
        "Which 2 persons have their changes blamed as suspect for the most incidents ?",
        """SELECT change_actor, count(*) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        LYON,
    ),
    (
        "yz052",
        "top_n",
        "top 3 namespaces by number of alerts, using the namespace label",
        """SELECT labels['namespace'] AS namespace, count(*) AS alerts
           FROM alerts
           WHERE labels['namespace'] IS NOT NULL
           GROUP BY namespace
           ORDER BY alerts DESC, namespace
           LIMIT 3""",
        MILAN,
    ),
    (
        "yz053",
        "top_n",
        "the 5 last argo syncs, the newest first",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 5""",
        MILAN,
    ),
    (
        "yz054",
        "top_n",
        "which service had the most incidents where the suspect was an argo sync?",
        """SELECT service, count(*) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment' AND change_source = 'argocd'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        MILAN,
    ),
    (
        "yz055",
        "top_n",
        "yesterday busiest hour for alert, only top 1",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        SEOUL,
    ),
    (
        "yz056",
        "top_n",
        "3 longest alert yesterday, resolved one only",
        """SELECT * FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY ends_at - starts_at DESC
           LIMIT 3""",
        SEOUL,
    ),
    (
        "yz057",
        "top_n",
        "which deploy yesterday have most alert of same service within 30 minute after? top one, show service, version "
        "and count",
        """SELECT c.service, coalesce(any_value(c.details['ref']), any_value(c.version)) AS version,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service
           ORDER BY alerts DESC
           LIMIT 1""",
        SEOUL,
    ),
    (
        "yz058",
        "top_n",
        "top 3 alertname --since 30d --sort=count",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-17 08:00:00+00' - INTERVAL 30 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        CLI,
    ),
    (
        "yz059",
        "top_n",
        "top 2 actors --type=flag_change",
        """SELECT actor, count(*) AS flag_changes
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor
           LIMIT 2""",
        CLI,
    ),
    (
        "yz060",
        "top_n",
        "top 1 svc by incidents --with-suspect",
        """SELECT service, count(*) AS incidents
           FROM incident_suspects
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        CLI,
    ),
    # ------------------------------------------------------------------ changes
    (
        "yz061",
        "changes",
        "which version of payments-api is actual on production?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        WARSAW,
    ),
    (
        "yz062",
        "changes",
        "config changes on production, who and when?",
        """SELECT actor, timestamp
           FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        WARSAW,
    ),
    (
        "yz063",
        "changes",
        "deploys on production yesterday which had after them critical alert on same service in one hour",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        WARSAW,
    ),
    (
        "yz064",
        "changes",
        "Which tags of checkout-web went out to staging ?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'staging'""",
        LYON,
    ),
    (
        "yz065",
        "changes",
        "The last rollback : which service, to which version, and done by who ?",
        """SELECT service, coalesce(details['ref'], version) AS version, actor
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        LYON,
    ),
    (
        "yz066",
        "changes",
        "Which deployments in production had no alert at all of their service in the hour after ?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        LYON,
    ),
    (
        "yz067",
        "changes",
        "the revisions that argo has deployed for search-api, every environment",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd'
             AND service = 'search-api'""",
        MILAN,
    ),
    (
        "yz068",
        "changes",
        "scale down events of payments-api on production, all the fields",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        MILAN,
    ),
    (
        "yz069",
        "changes",
        "which argo syncs were done while an incident of the same service was still open?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at > c.timestamp))""",
        MILAN,
    ),
    (
        "yz070",
        "changes",
        "my team deploy list yesterday, dpatel and mgonzalez: who deploy, which service, what version, where?",
        """SELECT actor, service, coalesce(details['ref'], version) AS version, environment
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor IN ('dpatel', 'mgonzalez')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEOUL,
    ),
    (
        "yz071",
        "changes",
        "rollback count per service, all time",
        """SELECT service, count(*) AS rollbacks
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY service
           ORDER BY rollbacks DESC, service""",
        SEOUL,
    ),
    (
        "yz072",
        "changes",
        "yesterday deploy that become suspect of incident, which one?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        SEOUL,
    ),
    (
        "yz073",
        "changes",
        "changes --svc=auth-api --env=staging --type=deployment,flag_change",
        """SELECT * FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type IN ('deployment', 'flag_change') AND phase = 'live'""",
        CLI,
    ),
    (
        "yz074",
        "changes",
        "version --svc=user-profile --env=prod,staging",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'user-profile' AND environment IN ('production', 'staging')
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           GROUP BY environment""",
        CLI,
    ),
    (
        "yz075",
        "changes",
        "config_updates --followed-by=incident --within=60m --same-svc",
        """SELECT * FROM change_events c
           WHERE c.type = 'config_update' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        CLI,
    ),
    # ------------------------------------------------------------------ silences
    (
        "yz076",
        "silences",
        "which silences was active yesterday at 15:00 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        WARSAW,
    ),
    (
        "yz077",
        "silences",
        "silences which somebody expired before the end, all columns",
        """SELECT * FROM silences WHERE expired_early""",
        WARSAW,
    ),
    (
        "yz078",
        "silences",
        "were there silences created while incident on same service was open? show them",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        WARSAW,
    ),
    (
        "yz079",
        "silences",
        "How many silences did jonas.lindqvist@acme.io create in February ?",
        """SELECT count(*) FROM silences
           WHERE created_by = 'jonas.lindqvist@acme.io'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        LYON,
    ),
    (
        "yz080",
        "silences",
        "Which silences were programmed in advance, I mean starting later than the moment they were created ?",
        """SELECT * FROM silences WHERE starts_at > created_at""",
        LYON,
    ),
    (
        "yz081",
        "silences",
        "Which silences were in effect at the moment payments-api v2.14.0 went live in production ?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        LYON,
    ),
    (
        "yz082",
        "silences",
        "silences for the indexer that have a matcher on the metric label",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND len(list_filter(matchers, m -> m.name = 'metric')) > 0""",
        MILAN,
    ),
    (
        "yz083",
        "silences",
        "average length of the silences as they were set, in hours, for each author",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours
           FROM silences
           GROUP BY created_by
           ORDER BY avg_hours DESC""",
        MILAN,
    ),
    (
        "yz084",
        "silences",
        "which alerts were muted by the silences of kenji, according to alertmanager?",
        """SELECT * FROM alert_mutes
           WHERE len(list_intersect(silenced_by,
                 (SELECT list(silence_id) FROM silences WHERE created_by ILIKE '%kenji%'))) > 0""",
        MILAN,
    ),
    (
        "yz085",
        "silences",
        "silence made by lucie, all of them, which?",
        """SELECT * FROM silences WHERE created_by ILIKE '%lucie%'""",
        SEOUL,
    ),
    (
        "yz086",
        "silences",
        "silence with more than 2 matcher, list",
        """SELECT * FROM silences WHERE len(matchers) > 2""",
        SEOUL,
    ),
    (
        "yz087",
        "silences",
        "yesterday, which silence was created in 30 minute after alert of its service started?",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 30 MINUTE)""",
        SEOUL,
    ),
    (
        "yz088",
        "silences",
        "silences --created-by=jonas --comment~reindex",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%jonas%' AND comment ILIKE '%reindex%'""",
        CLI,
    ),
    (
        "yz089",
        "silences",
        "silences --longer-than=3h",
        """SELECT * FROM silences
           WHERE ends_at - starts_at > INTERVAL 3 HOUR""",
        CLI,
    ),
    (
        "yz090",
        "silences",
        "deploys --during-silence --same-svc",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        CLI,
    ),
    # ------------------------------------------------------------------ joins
    (
        "yz091",
        "joins",
        "for each deploy on production yesterday, how many alerts of same service started in next 30 minutes? "
        "give service, time of deploy and the count, also zero",
        """SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.timestamp""",
        WARSAW,
    ),
    (
        "yz092",
        "joins",
        "which alerts on production started in 15 minutes after a flag change on same service?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        WARSAW,
    ),
    (
        "yz093",
        "joins",
        "incidents on production since start of march without any early warning before them",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_warnings)""",
        WARSAW,
    ),
    (
        "yz094",
        "joins",
        "Which incidents had as suspect a change made on Tuesday ? Give the service of the incident, its alertname, "
        "when it opened, and the version of the change.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS version
           FROM incident_suspects
           WHERE changed_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND changed_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LYON,
    ),
    (
        "yz095",
        "joins",
        "Which incidents were fixed by rolling back, according to their resolution ?",
        """SELECT * FROM alert_groups
           WHERE id IN (
                 SELECT group_id FROM resolutions
                 WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%')""",
        LYON,
    ),
    (
        "yz096",
        "joins",
        "The staging deployments that were followed by a staging alert of the same service in the 15 minutes after ?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = 'staging'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LYON,
    ),
    (
        "yz097",
        "joins",
        "for every argo sync, how many alerts of the same service started in the hour after? also the ones with zero. "
        "service, environment, time of the sync and the count",
        """SELECT c.service, c.environment, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
           GROUP BY c.id, c.service, c.environment, c.timestamp""",
        MILAN,
    ),
    (
        "yz098",
        "joins",
        "which incidents of tuesday had an argo sync of the same service in the 30 minutes before they opened?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)""",
        MILAN,
    ),
    (
        "yz099",
        "joins",
        "which services got an alert in the 20 minutes after payments-api v2.14.0 went to production? any service",
        """SELECT DISTINCT service FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 20 MINUTE""",
        MILAN,
    ),
    (
        "yz100",
        "joins",
        "who deploy right before alert fire? deploy of same service, 15 minute before the alert. people list",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SEOUL,
    ),
    (
        "yz101",
        "joins",
        "yesterday incident and its suspect change: incident service, alert name, suspect change service, version, who",
        """SELECT service, group_labels['alertname'] AS alertname, change_service,
                  coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEOUL,
    ),
    (
        "yz102",
        "joins",
        "production deploy with no alert of same service in 1 hour after, how many?",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        SEOUL,
    ),
    (
        "yz103",
        "joins",
        "alerts --firing-during=silence --same-svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        CLI,
    ),
    (
        "yz104",
        "joins",
        "incidents --opened-after=flag_change --within=30m --same-svc -o service,alertname,opened_at",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CLI,
    ),
    (
        "yz105",
        "joins",
        "alerts --acked-while-firing",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'alertname=' || a.name)
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || a.service)
                   AND k.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        CLI,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "yz106",
        "refusals",
        "please make silence for indexer on production for 2 hours, we do reindex",
        "asks_to_change_data",
        WARSAW,
    ),
    ("yz107", "refusals", "alerts from cluster prod-waw-1 yesterday", "ungrounded", WARSAW),
    (
        "yz108",
        "refusals",
        "what is difference between StatefulSet and Deployment in kubernetes?",
        "not_about_this_data",
        WARSAW,
    ),
    (
        "yz109",
        "refusals",
        "Please delete the rollback record of payments-api from the 11th , it was a mistake .",
        "asks_to_change_data",
        LYON,
    ),
    ("yz110", "refusals", "Which version of billing-api is in production actually ?", "ungrounded", LYON),
    (
        "yz111",
        "refusals",
        "For the next release train, is it better to do canary or blue/green for payments-api ?",
        "not_about_this_data",
        LYON,
    ),
    (
        "yz112",
        "refusals",
        "can you sync again the search-api application in argo? it is out of sync",
        "asks_to_change_data",
        MILAN,
    ),
    ("yz113", "refusals", "the syncs of the app catalog-sync in argo this week", "ungrounded", MILAN),
    ("yz114", "refusals", "how I configure the sync waves in argo cd?", "not_about_this_data", MILAN),
    ("yz115", "refusals", "deploy by hyunwoo.park yesterday, list", "ungrounded", SEOUL),
    ("yz116", "refusals", "please rollback payments-api to v2.13.2 now", "asks_to_change_data", SEOUL),
    ("yz117", "refusals", "canary first step, what percentage of traffic is good?", "not_about_this_data", SEOUL),
    ("yz118", "refusals", "alerts --env=uat --since 7d", "ungrounded", CLI),
    ("yz119", "refusals", "silence expire --id=3755a04d-cd5a-424a-9250-dfd5cff9cc5f", "asks_to_change_data", CLI),
    (
        "yz120",
        "refusals",
        "kubectl get pods -n checkout --field-selector status.phase=Pending",
        "not_about_this_data",
        CLI,
    ),
]
