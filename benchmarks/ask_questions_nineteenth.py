"""The nineteenth ask question set: ids z001..z120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth, sixteenth,
seventeenth and eighteenth sets only their docstrings and the tenth's ``now`` constants), from
docs/store.md and those rules, over the demo store (records mostly on 2025-03-11 UTC, from
2025-01-02 to 2025-03-12). Each row is ``(id, category, question, gold, now)``; for a refusal
the gold is its kind (``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``: names a
service, project, person, environment, cluster or alert name the store does not have),
otherwise one DuckDB SELECT whose result is compared as a multiset of rows.

The questions are in the words of five people who wrote none of the earlier sets, each about a
fifth of every category: an incident commander in the middle of the early-morning reindex
trouble on 2025-03-12, urgent and relative to now ("right now", "as we speak", "as of this
minute", "in the last hour", "since the reindex backlog alert fired this morning", "in the hour
before its first alert"), who asks what changed, who acked, what is still open or muted; a data
analyst who thinks in tables but writes English ("return all rows of ... where", "grouped by",
"distinct values of", "sorted by ... descending", "the average X per Y", "for every silence,
the number of ..., zeros included", "median"); a product owner who is not technical and uses
business words for services ("payments", "login", "the checkout", "search", "part of the
business"), vague time ("recently", "over the weekend", "at night", "yesterday evening", "this
month", "last month") and "how bad", "how often", "problems", "alarms", "outages", "feature
switches", "hush"; a security engineer who wants to know who touched what (people versus
automation, changes and audit actions at odd hours or on weekends, config and flag changes,
silences that actually hid alerts, the same person acking and then silencing, slow acks); and
a speaker of English as a second language who drops articles and bends word order, tenses and
prepositions ("give me alerts of payments in prod from yesterday", "how much deploys was there
for checkout on this week", "which service have most alerts of all", "what is fired in last 2
hours", "silences of indexer what kenji did in march"). More than a third of the non-refusal
questions (39 of 105) relate two kinds of records (changes, alerts, incidents, silences, acks
and snoozes, alert mutes, warnings, log lines, log patterns, resolutions, suspects) in time or
by scope, in every category: "in the 2 minutes before the Hikari alert fired", "since the
reindex backlog alert fired this morning", "in the hour after the staging deploy of search-api
yesterday", "in the 30 minutes after the payments-api v2.14.0 production deploy went live",
"within 60 minutes after each production deployment", "blamed for", "overlapped in time with a
silence on their own service", "while the payments outage was going on", "followed by a
rollback of same service inside one hour", "reached production within an hour of being
published", "within 15 minutes after acking an alert themselves", "while an incident on that
same service was still open", "no fix written down yet".

Conventions: the tenth set's conventions, kept unchanged, and the sixteenth's, seventeenth's and
eighteenth's additions where they apply (times UTC; alerts from the ``alerts`` view; "still
firing" / "open" at a time; canonical environments, "prod" production; incidents are
``alert_groups``; changes are their ``phase = 'live'`` reports unless a phase is named,
"deploys" / "shipped" ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``, "releases"
``type = 'release'``, "what changed" every live report, ``scale`` included; versions as
``coalesce(details['ref'], version)``; "which version is live" as that of the last live
deployment or rollback; people by their exact stored spelling, "kenji", "lucie", "maria"
``ILIKE '%name%'`` on the person column; counts per actor as stored; "bots" / automation are the
change actors ``argocd (automated)`` and ``deployment-controller``, every other actor a person;
silences from the ``silences`` view, active at T, a silence's active span ``starts_at`` to the
earlier of ``ends_at`` and ``expired_at``, met on its service and, when it pins one, its
environment (a silence that pins no service meets nothing); "how long a silence was on before
someone expired it" ``expired_at - starts_at``; snoozes and acks from ``audit_log`` met through
their equality matchers, an ack acknowledging the ``alerts`` row named by its ``alertname`` and
``service`` matchers that was firing at the ack (``[starts_at, ends_at)``); acks and silences
outside business hours judged by the ack's ``timestamp`` / the silence's ``created_at``;
rounding to one decimal, durations in minutes unless hours are asked; top-N answering ``value,
count`` with ties by the value; rankings of rows answering every column, "the 3 longest
incidents" by ``resolved_at - opened_at`` among resolved ones; joins in time keeping the first
kind named with ``EXISTS`` on service and canonical environment; "for each X: a, b and how many
Y" as one row per X with a correlated count; a list of columns answering only those columns;
business hours Monday to Friday 09:00-17:00 UTC; "percentage" / "share" ``round(100.0 * part /
whole, 1)``; "median" DuckDB's ``median``; "grouped by hour" for one day ``time_bucket(INTERVAL
1 HOUR, ...)``, "per day" ``date_trunc('day', ...)``, only buckets that hold a row; "a weekend"
Saturday or Sunday by the UTC date; "a release that made it to a production deploy within an
hour"; "error logs of X in the N minutes before Y" in Y's environment; "the Hikari alert" is
``HikariPoolPendingConnections``; "which service got the most alerts within N minutes after its
own deploys" counts the alerts with such a deploy before them; "silences that expire in the
next N hours" by ``ends_at`` closed in ``[now, now + N]``). Every question is asked at the
tenth's ``NOW_AFTER`` (2025-03-12 06:00 UTC, a Wednesday, after every record; no new ``now``),
so "today", "since midnight" and "this morning" are ``[2025-03-12 00:00, now]``, "yesterday"
``[2025-03-11 00:00, 2025-03-12 00:00)``, "this week" ``[2025-03-10 00:00, now]``, "last week"
``[2025-03-03 00:00, 2025-03-10 00:00)``, "the last N minutes / hours", "the last 24 hours" and
"the last day" end at now (the last day is ``[2025-03-11 06:00, now]``), "this month" and "in
march" are from 2025-03-01 to now. It adds, precisely:

- "right now", "as we speak", "as of this minute" are the state at now ("which silences are
  holding anything back as of this minute" are the silences active at now). "recently" is the
  past 7 days, ``[2025-03-05 06:00, now]``, as is "over the last 7 days". "over the weekend" is
  the last weekend, ``[2025-03-08 00:00, 2025-03-10 00:00)``; "on a weekend" is any Saturday or
  Sunday. "at night" is 22:00-05:59 UTC by the row's own time, whatever the date (``hour >= 22
  OR hour < 6``); "between midnight and 5 in the morning, on any day" is ``hour < 5``.
  "yesterday evening" is ``[2025-03-11 17:00, 2025-03-12 00:00)``. "last month" is February,
  ``[2025-02-01, 2025-03-01)``. "from all the time" is no window. "what fired in the last N
  hours" are the alerts by ``starts_at``, "which alerts cleared in the last hour" by ``ends_at``
  in ``[now - 1 hour, now]``.
- The incident commander's "the reindex backlog alert (that fired) this morning" is the
  ``alerts`` row named ``SearchReindexQueueBacklog`` that started today (01:52 UTC); "since it
  fired" is ``[its starts_at, now]`` for log lines and incidents (by ``opened_at``), "which other
  alerts have started since" are those with a later ``starts_at``; "which service has logged the
  most errors since" counts ``is_error`` log lines per service (``service, count``). "The
  reindex backlog incident" is the ``alert_groups`` row whose ``group_labels['alertname']`` is
  ``SearchReindexQueueBacklog`` ("what early warnings came before it": every column of its
  ``incident_warnings`` rows). "The checkout-web critical alert" is the one critical checkout-web
  alert. "Its first alert yesterday" / "the first X alert yesterday" is the earliest alert of
  that service on March 11.
- "What changed on X in the hour before its first alert yesterday" is every live report of X in
  that alert's environment in ``[t - 60 min, t]``; "what changed anywhere in production in the
  15 minutes before Y" is every live production report, any service, in ``[t - 15 min, t]``.
  "Incidents still open with no fix written down yet" are the open ``alert_groups`` whose id is
  in no ``resolutions.group_id``.
- The product owner's words: "problems" and "alarms" are alerts; "outages" are incidents
  (``alert_groups``, by ``opened_at``); "payments" is payments-api, "login" auth-api; "the
  checkout" is the ``checkout`` project (changes by their ``project``; a silence "for the
  checkout" pins the project or one of its services: cart-service, checkout-web, payments-api);
  "search" is the ``search`` project (a silence of the search alarms pins the project or one of
  indexer, query-suggest, search-api); "part of the business" is the project. "How bad did it
  get" is the highest ``severity`` of those alerts by ``severity_rank`` (one value); "how often"
  and "how many times" are counts; "what did we ship" are live deployments; "feature switches"
  and "switched on or off" are live ``flag_change`` reports, "new features turned on" those whose
  summary starts "turned on"; "hush" and "mute" alarms are silences by their ``created_at``;
  "the worst day for problems" is the day with the most alerts (``day, count``); "which three
  alarms go off most often" ranks alert names. "Yesterday's payments outage" is the
  payments-api incidents opened on March 11: "what was behind it" is their ``incident_suspects``
  rows (every column); a silence put on "on any service, while it was going on" has its
  ``created_at`` in ``[opened_at, coalesce(resolved_at, now)]`` of one of them, whatever the
  silence's scope. "Yesterday's checkout outages preceded by early warnings from payments" are
  the ``incident_warnings`` rows of checkout incidents opened on March 11 whose
  ``warning_service`` is payments-api. "Which of our releases reached production within an hour
  of being published" is the eighteenth's release that made it to a production deploy within
  an hour. "The share of our outages that had a change blamed for them" is the percentage of all
  ``alert_groups`` whose id is some ``incident_suspects.group_id``.
- The security engineer's "by a human / by people rather than automation" is ``actor NOT IN``
  the bots, "by automation" ``actor IN`` them; "the percentage of this month's changes made by
  people" is over this month's live reports; "push a change on a weekend" is any live report on
  a Saturday or Sunday (none in this store); "who did anything in the audit log" is the distinct
  ``audit_log.actor``; "silences that actually hid alerts" are the silences whose ``silence_id``
  is in some ``alert_mutes.silenced_by``; "the two people who made the most changes by hand"
  rank live reports per non-bot actor (``actor, count``); "whose changes were blamed for the
  most incidents" groups ``incident_suspects`` by ``change_actor``; "how many times did someone
  take more than 4 minutes to ack an alert after it started" counts the acks with an
  acknowledged alert whose ``starts_at`` is more than 4 minutes before them; "silences created
  within 15 minutes after acking an alert themselves" have an ack by their ``created_by`` with
  ``created_at`` in ``[ack, ack + 15 min]``; "who touched the X config, and when" answers
  ``actor, timestamp`` of its live ``config_update`` reports; "who has put silences in place for
  more than N hours at a time" compares ``ends_at - starts_at``; "silences set to kick in only
  later" have ``starts_at > created_at``; "changes people made yesterday while an incident on
  that same service was still open" are March 11 non-bot live reports with an incident of their
  service and environment whose ``[opened_at, coalesce(resolved_at, now)]`` holds their time;
  "deploys made by automation that were later blamed for an incident" are bot live deployments
  whose id is some ``incident_suspects.change_id``.
- The analyst's "rows of T where ..." are every column of T's rows (every row of T, not only
  live reports, unless "live" is said); "distinct values of C" is ``SELECT DISTINCT C``;
  "grouped by C" and "with how many rows each" answer ``C, count``; "sorted by" does not change
  the multiset. "For every incident, the number of ..." answers the incident ``id`` and the
  count, "for every silence" its ``silence_id`` and the count, "for every production deployment:
  its service, timestamp and ..." those columns and the count, "for every service, the
  timestamp of its latest live deployment" ``service, max(timestamp)``, zeros included
  (correlated counts). "The biggest sigma for every metric" is ``metric_key, max(sigma)``
  unrounded. "The median minutes from opened_at to resolved_at for every project" is over
  resolved incidents. "Incidents that have no row in resolutions" are ``alert_groups`` whose id
  is in no ``resolutions.group_id``. "How many silences has each person created" is
  ``created_by, count``; "average silence length in hours per created_by" averages ``ends_at -
  starts_at``.
- "Distinct values of service among the alerts that started in the 30 minutes after the
  payments-api v2.14.0 production deploy went live" are the services of alerts in that deploy's
  environment with ``starts_at`` in ``[t, t + 30 min]``, any service. "Alerts in the hour after
  the staging deploy of search-api yesterday" are search-api staging alerts in ``[t, t + 60
  min]`` of its one live staging deployment on March 11.
- "On average, how many alerts fired on the same service within 60 minutes after each
  production deployment, deployments with none as zero" is the mean of the per-deployment
  counts over every live production deployment. "Top 3 deploy actors by alerts on the same
  service within an hour after their deploys" counts, per live deployment actor, the distinct
  alerts of the deploy's service and environment with ``starts_at`` in ``[t, t + 60 min]``.
  "Feature switches followed by problems on the same service within the hour" are flag changes
  with an alert of their service and environment in ``[t, t + 60 min]``; "deploys followed by a
  rollback of same service inside one hour" have a live rollback of their service and
  environment in ``[t, t + 60 min]``; "deploys that went out in the 30 minutes before an
  incident opened on the same service" have such an incident with ``opened_at`` in ``[t, t + 30
  min]``; "alerts that came after a deploy of X inside 30 minutes" have a live X deployment of
  their environment in ``[starts_at - 30 min, starts_at]``.
- "Alerts that overlapped in time with a silence on their own service" share a moment with the
  silence's active span (an alert still firing runs until now); "alerts that started while a
  silence (of kenji) was active" and "for every silence, the alerts on its service that started
  while it was active" have ``starts_at`` in ``[starts_at, end of the active span)``; "deploys
  while their service was under an active silence" have their time in that span.
- The non-native speaker's "how much" is "how many"; "what/who" after a noun is a relative
  clause ("deploys what was followed", "silences what kenji did"); "snoozes, how many minutes
  they are long on average" averages ``duration_s`` / 60.
- "the loyalty points service", the alert ``KafkaConsumerLagHigh``, the person
  ``tom.baker@acme.io``, an "ap-southeast-2" cluster and a ``perf`` environment are not in the
  store (``ungrounded``); abandoned carts, marketing spend and signups, translations, phishing
  training and pizza are not about this data; silencing, deleting, resolving, muting or updating
  anything asks to change the data.
"""

from benchmarks.ask_questions_tenth import NOW_AFTER  # the tenth set's "now" value

_NOW = "TIMESTAMPTZ '2025-03-12 06:00:00+00'"
_TODAY = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_YDAY = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_WEEK = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
_WEEKEND = "TIMESTAMPTZ '2025-03-08 00:00:00+00'"
_LAST_WEEK = "TIMESTAMPTZ '2025-03-03 00:00:00+00'"
_MONTH = "TIMESTAMPTZ '2025-03-01 00:00:00+00'"
_FEB = "TIMESTAMPTZ '2025-02-01 00:00:00+00'"
_D7 = "TIMESTAMPTZ '2025-03-05 06:00:00+00'"
_H24 = "TIMESTAMPTZ '2025-03-11 06:00:00+00'"
_DEPLOY = "type = 'deployment' AND phase = 'live'"
_BOTS = "('argocd (automated)', 'deployment-controller')"
_CHECKOUT = "('cart-service', 'checkout-web', 'payments-api')"
_SEARCH = "('indexer', 'query-suggest', 'search-api')"
# the SearchReindexQueueBacklog alert that fired this morning (2025-03-12 01:52 UTC)
_BACKLOG = f"(SELECT min(starts_at) FROM alerts WHERE name = 'SearchReindexQueueBacklog' AND starts_at >= {_TODAY})"


def _deploy(alias: str) -> str:
    """A live deployment report of the change_events row ``alias``."""
    return f"{alias}.type = 'deployment' AND {alias}.phase = 'live'"


def _outside_hours(ts: str) -> str:
    """Outside Monday to Friday 09:00-17:00 UTC, by the column ``ts``."""
    return (
        f"(dayname({ts} AT TIME ZONE 'UTC') IN ('Saturday', 'Sunday') "
        f"OR hour({ts} AT TIME ZONE 'UTC') NOT BETWEEN 9 AND 16)"
    )


def _night(ts: str) -> str:
    """22:00-05:59 UTC, whatever the date."""
    return f"(hour({ts} AT TIME ZONE 'UTC') >= 22 OR hour({ts} AT TIME ZONE 'UTC') < 6)"


def _weekend(ts: str) -> str:
    return f"dayname({ts} AT TIME ZONE 'UTC') IN ('Saturday', 'Sunday')"


def _firing_at(t: str) -> str:
    return f"starts_at <= {t} AND (ends_at IS NULL OR ends_at > {t})"


def _eq_matchers(alias: str) -> str:
    """The equality matchers of an audit_log row as ``name=value`` strings."""
    return f"[m.name || '=' || m.value FOR m IN {alias}.matchers IF m.is_equal AND NOT m.is_regex]"


def _acks(k: str, a: str) -> str:
    """The ack ``k`` acknowledges the alert ``a``: its alertname and service, firing at the ack."""
    return (
        f"{k}.action = 'ack' AND list_contains({_eq_matchers(k)}, 'alertname=' || {a}.name) "
        f"AND list_contains({_eq_matchers(k)}, 'service=' || {a}.service) "
        f"AND {k}.timestamp >= {a}.starts_at AND ({a}.ends_at IS NULL OR {k}.timestamp < {a}.ends_at)"
    )


def _silence_end(s: str) -> str:
    """The end of a silence's active span: the earlier of its end and its early expiry."""
    return f"least({s}.ends_at, coalesce({s}.expired_at, {s}.ends_at))"


def _silence_scope(s: str, service: str, env: str) -> str:
    """The silence ``s`` covers that service and (canonical) environment."""
    return f"{s}.service = {service} AND ({s}.environment_canonical IS NULL OR {s}.environment_canonical = {env})"


ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "z001",
        "filters",
        "Right now, what's still firing? Everything you have on each one.",
        f"SELECT * FROM alerts WHERE {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "z002",
        "filters",
        "Return all rows of alerts where severity is critical and the environment is production.",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'",
        NOW_AFTER,
    ),
    (
        "z003",
        "filters",
        "Can you show me the payments problems from this month?",
        f"SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= {_MONTH} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z004",
        "filters",
        "List every config change that was made by a human rather than by automation.",
        f"SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND actor NOT IN {_BOTS}",
        NOW_AFTER,
    ),
    (
        "z005",
        "filters",
        "give me alerts of payments in prod from yesterday",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
        f"AND starts_at >= {_YDAY} AND starts_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "z006",
        "filters",
        "Which incidents are still open as we speak and have no fix written down yet?",
        f"SELECT * FROM alert_groups WHERE opened_at <= {_NOW} AND (resolved_at IS NULL OR resolved_at > {_NOW}) "
        "AND id NOT IN (SELECT group_id FROM resolutions)",
        NOW_AFTER,
    ),
    (
        "z007",
        "filters",
        "Select the log_events rows where is_error is true, the service is cart-service and the environment is "
        "staging.",
        "SELECT * FROM log_events WHERE is_error AND service = 'cart-service' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "z008",
        "filters",
        "Did login have any problems at night? Show them to me.",
        f"SELECT * FROM alerts WHERE service = 'auth-api' AND {_night('starts_at')}",
        NOW_AFTER,
    ),
    (
        "z009",
        "filters",
        "Show me the silences Kenji created on a weekend.",
        f"SELECT * FROM silences WHERE created_by ILIKE '%kenji%' AND {_weekend('created_at')}",
        NOW_AFTER,
    ),
    (
        "z010",
        "filters",
        "deploys of checkout-web which goes to production, show me",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND service = 'checkout-web' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "z011",
        "filters",
        "Show me the error lines payments-api logged in the 2 minutes before the Hikari alert fired.",
        "SELECT l.* FROM log_events l WHERE l.service = 'payments-api' AND l.is_error AND EXISTS ("
        "SELECT 1 FROM alerts a WHERE a.name = 'HikariPoolPendingConnections' "
        "AND l.environment = a.environment_canonical "
        "AND l.timestamp BETWEEN a.starts_at - INTERVAL 2 MINUTE AND a.starts_at)",
        NOW_AFTER,
    ),
    (
        "z012",
        "filters",
        "All columns from warnings where sigma is greater than 100.",
        "SELECT * FROM warnings WHERE sigma > 100",
        NOW_AFTER,
    ),
    (
        "z013",
        "filters",
        "What got switched on or off in the checkout recently?",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND project = 'checkout' "
        f"AND timestamp >= {_D7} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z014",
        "filters",
        "Acks given outside business hours, every field please.",
        f"SELECT * FROM audit_log WHERE action = 'ack' AND {_outside_hours('timestamp')}",
        NOW_AFTER,
    ),
    (
        "z015",
        "filters",
        "alerts of indexer what started while one silence of kenji was active",
        "SELECT a.* FROM alerts a WHERE a.service = 'indexer' AND EXISTS (SELECT 1 FROM silences s "
        f"WHERE s.created_by ILIKE '%kenji%' AND {_silence_scope('s', 'a.service', 'a.environment_canonical')} "
        f"AND a.starts_at >= s.starts_at AND a.starts_at < {_silence_end('s')})",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ time
    (
        "z016",
        "time",
        "what is fired in last 2 hours",
        f"SELECT * FROM alerts WHERE starts_at >= {_NOW} - INTERVAL 2 HOUR AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z017",
        "time",
        "Since the reindex backlog alert went off this morning, which other alerts have started?",
        f"SELECT * FROM alerts WHERE starts_at > {_BACKLOG} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z018",
        "time",
        "Count of alerts grouped by hour for yesterday, in UTC.",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts "
        f"WHERE starts_at >= {_YDAY} AND starts_at < {_TODAY} GROUP BY 1",
        NOW_AFTER,
    ),
    (
        "z019",
        "time",
        "How many problems did we have over the weekend?",
        f"SELECT count(*) FROM alerts WHERE starts_at >= {_WEEKEND} AND starts_at < {_WEEK}",
        NOW_AFTER,
    ),
    (
        "z020",
        "time",
        "Did anyone push a change on a weekend? List them.",
        f"SELECT * FROM change_events WHERE phase = 'live' AND {_weekend('timestamp')}",
        NOW_AFTER,
    ),
    (
        "z021",
        "time",
        "which alerts was starting on search-api in the hour after the staging deploy of search-api yesterday",
        "SELECT a.* FROM alerts a WHERE a.service = 'search-api' AND a.environment_canonical = 'staging' "
        f"AND EXISTS (SELECT 1 FROM change_events c WHERE {_deploy('c')} AND c.service = 'search-api' "
        f"AND c.environment = 'staging' AND c.timestamp >= {_YDAY} AND c.timestamp < {_TODAY} "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "z022",
        "time",
        "What changed on payments-api in the hour before its first alert yesterday?",
        "SELECT c.* FROM change_events c, (SELECT starts_at, environment_canonical FROM alerts "
        f"WHERE service = 'payments-api' AND starts_at >= {_YDAY} AND starts_at < {_TODAY} "
        "ORDER BY starts_at LIMIT 1) a "
        "WHERE c.phase = 'live' AND c.service = 'payments-api' AND c.environment = a.environment_canonical "
        "AND c.timestamp BETWEEN a.starts_at - INTERVAL 60 MINUTE AND a.starts_at",
        NOW_AFTER,
    ),
    (
        "z023",
        "time",
        "Number of alerts per day over the last 7 days, grouped by day.",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
        f"WHERE starts_at >= {_D7} AND starts_at <= {_NOW} GROUP BY 1",
        NOW_AFTER,
    ),
    (
        "z024",
        "time",
        "How many outages has search had this month?",
        f"SELECT count(*) FROM alert_groups WHERE project = 'search' AND opened_at >= {_MONTH} AND opened_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z025",
        "time",
        "Which silences were created outside business hours in February?",
        f"SELECT * FROM silences WHERE created_at >= {_FEB} AND created_at < {_MONTH} "
        f"AND {_outside_hours('created_at')}",
        NOW_AFTER,
    ),
    (
        "z026",
        "time",
        "alerts of search-api from last week, please",
        f"SELECT * FROM alerts WHERE service = 'search-api' AND starts_at >= {_LAST_WEEK} AND starts_at < {_WEEK}",
        NOW_AFTER,
    ),
    (
        "z027",
        "time",
        "Which alerts cleared in the last hour?",
        f"SELECT * FROM alerts WHERE ends_at >= {_NOW} - INTERVAL 1 HOUR AND ends_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z028",
        "time",
        "Distinct values of service among the alerts that started in the 30 minutes after the payments-api "
        "v2.14.0 production deploy went live.",
        "SELECT DISTINCT a.service FROM alerts a, change_events c "
        f"WHERE {_deploy('c')} AND c.service = 'payments-api' AND c.environment = 'production' "
        "AND coalesce(c.details['ref'], c.version) = 'v2.14.0' AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE",
        NOW_AFTER,
    ),
    (
        "z029",
        "time",
        "Any login problems yesterday evening?",
        "SELECT * FROM alerts WHERE service = 'auth-api' "
        f"AND starts_at >= TIMESTAMPTZ '2025-03-11 17:00:00+00' AND starts_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "z030",
        "time",
        "Who did anything in the audit log between midnight and 5 in the morning, on any day?",
        "SELECT DISTINCT actor FROM audit_log WHERE hour(timestamp AT TIME ZONE 'UTC') < 5",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "z031",
        "aggregates",
        "The average alert duration in minutes per service, resolved alerts only.",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts "
        "WHERE ends_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "z032",
        "aggregates",
        "Median minutes from opened_at to resolved_at of the incidents, for every project.",
        "SELECT project, round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes "
        "FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY project",
        NOW_AFTER,
    ),
    (
        "z033",
        "aggregates",
        "How bad did it get for payments yesterday?",
        "SELECT severity FROM alerts WHERE service = 'payments-api' "
        f"AND starts_at >= {_YDAY} AND starts_at < {_TODAY} ORDER BY severity_rank DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z034",
        "aggregates",
        "How often did login have problems this month?",
        f"SELECT count(*) FROM alerts WHERE service = 'auth-api' AND starts_at >= {_MONTH} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z035",
        "aggregates",
        "How many alerts are firing right now?",
        f"SELECT count(*) FROM alerts WHERE {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "z036",
        "aggregates",
        "What percentage of this month's changes were made by people and not by automation?",
        f"SELECT round(100.0 * count(*) FILTER (WHERE actor NOT IN {_BOTS}) / count(*), 1) FROM change_events "
        f"WHERE phase = 'live' AND timestamp >= {_MONTH} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z037",
        "aggregates",
        "how much deploys was there for checkout on this week",
        f"SELECT count(*) FROM change_events WHERE {_DEPLOY} AND project = 'checkout' "
        f"AND timestamp >= {_WEEK} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z038",
        "aggregates",
        "On average, how many alerts fired on the same service within 60 minutes after each production "
        "deployment? Deployments with none count as zero.",
        "SELECT round(avg(n), 1) FROM (SELECT (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE) AS n "
        f"FROM change_events c WHERE {_deploy('c')} AND c.environment = 'production')",
        NOW_AFTER,
    ),
    (
        "z039",
        "aggregates",
        "How many error lines has the indexer logged since the reindex backlog alert fired this morning?",
        "SELECT count(*) FROM log_events WHERE service = 'indexer' AND is_error "
        f"AND timestamp >= {_BACKLOG} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z040",
        "aggregates",
        "How many silences has each person created?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "z041",
        "aggregates",
        "snoozes, how many minutes they are long on average",
        "SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'",
        NOW_AFTER,
    ),
    (
        "z042",
        "aggregates",
        "What share of our outages had a change blamed for them?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1) "
        "FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "z043",
        "aggregates",
        "which is biggest sigma of the warnings for every metric",
        "SELECT metric_key, max(sigma) AS max_sigma FROM warnings GROUP BY metric_key",
        NOW_AFTER,
    ),
    (
        "z044",
        "aggregates",
        "How many incidents have opened since the reindex backlog alert fired this morning?",
        f"SELECT count(*) FROM alert_groups WHERE opened_at >= {_BACKLOG} AND opened_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z045",
        "aggregates",
        "How many times did someone take more than 4 minutes to ack an alert after it started?",
        "SELECT count(*) FROM audit_log k WHERE k.action = 'ack' AND EXISTS (SELECT 1 FROM alerts a "
        f"WHERE {_acks('k', 'a')} AND a.starts_at < k.timestamp - INTERVAL 4 MINUTE)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "z046",
        "top_n",
        "Top 3 services by number of alerts, sorted descending.",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "z047",
        "top_n",
        "which service have most alerts of all",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z048",
        "top_n",
        "Which part of the business has the most problems?",
        "SELECT project, count(*) AS alerts FROM alerts GROUP BY project ORDER BY alerts DESC, project LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z049",
        "top_n",
        "Which two people made the most changes by hand? Leave the bots out.",
        f"SELECT actor, count(*) AS changes FROM change_events WHERE phase = 'live' AND actor NOT IN {_BOTS} "
        "GROUP BY actor ORDER BY changes DESC, actor LIMIT 2",
        NOW_AFTER,
    ),
    (
        "z050",
        "top_n",
        "Top 5 noisiest error templates in the last 24 hours.",
        f"SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE minute >= {_H24} "
        f"AND minute <= {_NOW} GROUP BY template ORDER BY errors DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "z051",
        "top_n",
        "The 3 longest incidents, all columns, sorted by duration descending.",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "z052",
        "top_n",
        "What was the worst day this month for problems?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
        f"WHERE starts_at >= {_MONTH} AND starts_at <= {_NOW} GROUP BY 1 ORDER BY alerts DESC, day LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z053",
        "top_n",
        "Who created the most silences outside business hours?",
        f"SELECT created_by, count(*) AS silences FROM silences WHERE {_outside_hours('created_at')} "
        "GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z054",
        "top_n",
        "top 2 alertname of indexer from all the time",
        "SELECT name, count(*) AS alerts FROM alerts WHERE service = 'indexer' "
        "GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
        NOW_AFTER,
    ),
    (
        "z055",
        "top_n",
        "Which service has logged the most errors since the reindex backlog alert fired this morning?",
        "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
        f"AND timestamp >= {_BACKLOG} AND timestamp <= {_NOW} GROUP BY service ORDER BY errors DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z056",
        "top_n",
        "Top 3 deploy actors by number of alerts on the same service within an hour after their deploys.",
        "SELECT c.actor, count(DISTINCT a.fingerprint || '|' || a.starts_at::VARCHAR) AS alerts "
        "FROM change_events c JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE "
        f"WHERE {_deploy('c')} GROUP BY c.actor ORDER BY alerts DESC, c.actor LIMIT 3",
        NOW_AFTER,
    ),
    (
        "z057",
        "top_n",
        "Which three alarms go off most often?",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 3",
        NOW_AFTER,
    ),
    (
        "z058",
        "top_n",
        "Whose changes were blamed for the most incidents?",
        "SELECT change_actor, count(*) AS incidents FROM incident_suspects "
        "GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z059",
        "top_n",
        "who is doing the most snoozes",
        "SELECT actor, count(*) AS snoozes FROM audit_log WHERE action = 'snooze' "
        "GROUP BY actor ORDER BY snoozes DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z060",
        "top_n",
        "Which service got the most alerts within 15 minutes after one of its own deploys?",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        f"WHERE {_deploy('c')} AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ changes
    (
        "z061",
        "changes",
        "What changed anywhere in production in the 15 minutes before the first checkout-web alert yesterday?",
        "SELECT c.* FROM change_events c, (SELECT starts_at, environment_canonical FROM alerts "
        f"WHERE service = 'checkout-web' AND starts_at >= {_YDAY} AND starts_at < {_TODAY} "
        "ORDER BY starts_at LIMIT 1) a "
        "WHERE c.phase = 'live' AND c.environment = 'production' AND a.environment_canonical = 'production' "
        "AND c.timestamp BETWEEN a.starts_at - INTERVAL 15 MINUTE AND a.starts_at",
        NOW_AFTER,
    ),
    (
        "z062",
        "changes",
        "Show every flag change Lucie made.",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND actor ILIKE '%lucie%'",
        NOW_AFTER,
    ),
    (
        "z063",
        "changes",
        "Distinct values of type among the live change_events, with how many rows each, sorted by count descending.",
        "SELECT type, count(*) AS n FROM change_events WHERE phase = 'live' GROUP BY type ORDER BY n DESC",
        NOW_AFTER,
    ),
    (
        "z064",
        "changes",
        "What did we ship for payments this month?",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND service = 'payments-api' "
        f"AND timestamp >= {_MONTH} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z065",
        "changes",
        "which version of auth-api is live now in production",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events "
        "WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND service = 'auth-api' "
        "AND environment = 'production' ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "z066",
        "changes",
        "Any rollbacks in the last 24 hours?",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        f"AND timestamp >= {_H24} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z067",
        "changes",
        "Who touched the token-service config, and when?",
        "SELECT actor, timestamp FROM change_events WHERE type = 'config_update' AND phase = 'live' "
        "AND service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "z068",
        "changes",
        "For every service, the timestamp of its latest live deployment.",
        f"SELECT service, max(timestamp) AS last_deploy FROM change_events WHERE {_DEPLOY} GROUP BY service",
        NOW_AFTER,
    ),
    (
        "z069",
        "changes",
        "Which new features were turned on in production?",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production' "
        "AND summary ILIKE 'turned on%'",
        NOW_AFTER,
    ),
    (
        "z070",
        "changes",
        "the rollbacks of last month, who was making them",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        f"AND timestamp >= {_FEB} AND timestamp < {_MONTH}",
        NOW_AFTER,
    ),
    (
        "z071",
        "changes",
        "What changed on payments-api in the last day?",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'payments-api' "
        f"AND timestamp >= {_H24} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z072",
        "changes",
        "Which deploys made by automation were later blamed for an incident?",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND actor IN {_BOTS} "
        "AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "z073",
        "changes",
        "Number of rows in change_events where source is launchdarkly, grouped by actor.",
        "SELECT actor, count(*) AS n FROM change_events WHERE source = 'launchdarkly' GROUP BY actor",
        NOW_AFTER,
    ),
    (
        "z074",
        "changes",
        "Which of our releases reached production within an hour of being published?",
        "SELECT r.* FROM change_events r WHERE r.type = 'release' AND r.phase = 'live' AND EXISTS ("
        f"SELECT 1 FROM change_events d WHERE {_deploy('d')} AND d.environment = 'production' "
        "AND d.service = r.service AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version) "
        "AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "z075",
        "changes",
        "which deploys was followed by a rollback of same service inside one hour",
        f"SELECT d.* FROM change_events d WHERE {_deploy('d')} AND EXISTS (SELECT 1 FROM change_events r "
        "WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service AND r.environment = d.environment "
        "AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ silences
    (
        "z076",
        "silences",
        "As of this minute, which silences are holding anything back?",
        f"SELECT * FROM silences WHERE starts_at <= {_NOW} AND ends_at > {_NOW} "
        f"AND (expired_at IS NULL OR expired_at > {_NOW})",
        NOW_AFTER,
    ),
    (
        "z077",
        "silences",
        "Which silences actually hid alerts from us?",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        NOW_AFTER,
    ),
    (
        "z078",
        "silences",
        "Who created silences that were set to kick in only later?",
        "SELECT DISTINCT created_by FROM silences WHERE starts_at > created_at",
        NOW_AFTER,
    ),
    (
        "z079",
        "silences",
        "how long was the silence of maria on before she expired it, in minutes",
        "SELECT round((epoch(expired_at) - epoch(starts_at)) / 60, 1) FROM silences "
        "WHERE created_by ILIKE '%maria%' AND expired_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "z080",
        "silences",
        "Silences where versions > 1, all columns.",
        "SELECT * FROM silences WHERE versions > 1",
        NOW_AFTER,
    ),
    (
        "z081",
        "silences",
        "Has anyone muted alarms for the checkout this month?",
        f"SELECT * FROM silences WHERE (project = 'checkout' OR service IN {_CHECKOUT}) "
        f"AND created_at >= {_MONTH} AND created_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z082",
        "silences",
        "Which silences run out in the next 4 hours?",
        f"SELECT * FROM silences WHERE ends_at >= {_NOW} AND ends_at <= {_NOW} + INTERVAL 4 HOUR",
        NOW_AFTER,
    ),
    (
        "z083",
        "silences",
        "Who has put silences in place for more than 3 hours at a time?",
        "SELECT DISTINCT created_by FROM silences WHERE ends_at - starts_at > INTERVAL 3 HOUR",
        NOW_AFTER,
    ),
    (
        "z084",
        "silences",
        "Average silence length in hours per created_by.",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours FROM silences "
        "GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "z085",
        "silences",
        "silences of indexer what kenji did in march",
        "SELECT * FROM silences WHERE service = 'indexer' AND created_by ILIKE '%kenji%' "
        f"AND created_at >= {_MONTH} AND created_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "z086",
        "silences",
        "How many times did we hush the search alarms last month?",
        f"SELECT count(*) FROM silences WHERE (project = 'search' OR service IN {_SEARCH}) "
        f"AND created_at >= {_FEB} AND created_at < {_MONTH}",
        NOW_AFTER,
    ),
    (
        "z087",
        "silences",
        "Which alerts overlapped in time with a silence on their own service?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s "
        f"WHERE {_silence_scope('s', 'a.service', 'a.environment_canonical')} "
        f"AND a.starts_at < {_silence_end('s')} AND coalesce(a.ends_at, {_NOW}) > s.starts_at)",
        NOW_AFTER,
    ),
    (
        "z088",
        "silences",
        "For every silence, the number of alerts on its service that started while it was active, zeros included.",
        "SELECT s.silence_id, (SELECT count(*) FROM alerts a "
        f"WHERE {_silence_scope('s', 'a.service', 'a.environment_canonical')} "
        f"AND a.starts_at >= s.starts_at AND a.starts_at < {_silence_end('s')}) AS alerts FROM silences s",
        NOW_AFTER,
    ),
    (
        "z089",
        "silences",
        "Did anyone silence alarms, on any service, while the payments outage was going on yesterday?",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = 'payments-api' "
        f"AND g.opened_at >= {_YDAY} AND g.opened_at < {_TODAY} "
        f"AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "z090",
        "silences",
        "snoozes of HighLatencyP99 from yesterday, show all",
        f"SELECT * FROM audit_log k WHERE k.action = 'snooze' AND list_contains({_eq_matchers('k')}, "
        f"'alertname=HighLatencyP99') AND k.timestamp >= {_YDAY} AND k.timestamp < {_TODAY}",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ joins
    (
        "z091",
        "joins",
        "Which deploys went out in the 30 minutes before an incident opened on the same service?",
        f"SELECT c.* FROM change_events c WHERE {_deploy('c')} AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = c.service AND g.environment = c.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "z092",
        "joins",
        "Who acked the payments-api alerts while they were still firing yesterday?",
        "SELECT DISTINCT k.actor FROM audit_log k JOIN alerts a ON "
        f"{_acks('k', 'a')} WHERE a.service = 'payments-api' AND a.starts_at >= {_YDAY} AND a.starts_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "z093",
        "joins",
        "For every production deployment: its service, timestamp, and the number of alerts on the same service "
        "in the following 60 minutes, zeros included.",
        "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE) AS alerts "
        f"FROM change_events c WHERE {_deploy('c')} AND c.environment = 'production'",
        NOW_AFTER,
    ),
    (
        "z094",
        "joins",
        "Which feature switches were followed by problems on the same service within the hour?",
        "SELECT c.* FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND EXISTS ("
        "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "z095",
        "joins",
        "Yesterday, which changes did people make while an incident on that same service was still open?",
        f"SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.actor NOT IN {_BOTS} "
        f"AND c.timestamp >= {_YDAY} AND c.timestamp < {_TODAY} AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = c.service AND g.environment = c.environment "
        f"AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "z096",
        "joins",
        "alerts what came after deploy of auth-api inside 30 minutes",
        "SELECT a.* FROM alerts a WHERE a.service = 'auth-api' AND EXISTS (SELECT 1 FROM change_events c "
        f"WHERE {_deploy('c')} AND c.service = 'auth-api' AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "z097",
        "joins",
        "What early warnings came before the reindex backlog incident?",
        "SELECT * FROM incident_warnings WHERE group_labels['alertname'] = 'SearchReindexQueueBacklog'",
        NOW_AFTER,
    ),
    (
        "z098",
        "joins",
        "Count of incidents that have no row in resolutions, grouped by service, descending.",
        "SELECT service, count(*) AS incidents FROM alert_groups WHERE id NOT IN (SELECT group_id FROM resolutions) "
        "GROUP BY service ORDER BY incidents DESC",
        NOW_AFTER,
    ),
    (
        "z099",
        "joins",
        "What was behind yesterday's payments outage?",
        f"SELECT * FROM incident_suspects WHERE service = 'payments-api' AND opened_at >= {_YDAY} "
        f"AND opened_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "z100",
        "joins",
        "Which silences did someone create within 15 minutes after acking an alert themselves?",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM audit_log k WHERE k.action = 'ack' "
        "AND k.actor = s.created_by AND s.created_at BETWEEN k.timestamp AND k.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "z101",
        "joins",
        "how much error logs had cart-service in the 10 minutes before the checkout-web critical alert",
        "SELECT count(*) FROM log_events l, (SELECT starts_at, environment_canonical FROM alerts "
        "WHERE service = 'checkout-web' AND severity = 'critical') a "
        "WHERE l.service = 'cart-service' AND l.is_error AND l.environment = a.environment_canonical "
        "AND l.timestamp BETWEEN a.starts_at - INTERVAL 10 MINUTE AND a.starts_at",
        NOW_AFTER,
    ),
    (
        "z102",
        "joins",
        "for the incidents of yesterday with a suspect, give service, alert name and who did the change",
        "SELECT service, group_labels['alertname'] AS alertname, change_actor FROM incident_suspects "
        f"WHERE opened_at >= {_YDAY} AND opened_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "z103",
        "joins",
        "For every incident, the number of new log patterns (is_new) before it, including zeros.",
        "SELECT g.id, (SELECT count(*) FROM incident_log_patterns p WHERE p.group_id = g.id AND p.is_new) "
        "AS new_patterns FROM alert_groups g",
        NOW_AFTER,
    ),
    (
        "z104",
        "joins",
        "Were yesterday's checkout outages preceded by early warnings from payments?",
        f"SELECT * FROM incident_warnings WHERE project = 'checkout' AND opened_at >= {_YDAY} "
        f"AND opened_at < {_TODAY} AND warning_service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "z105",
        "joins",
        "Which deploys went out while their service was under an active silence?",
        f"SELECT c.* FROM change_events c WHERE {_deploy('c')} AND EXISTS (SELECT 1 FROM silences s "
        f"WHERE {_silence_scope('s', 'c.service', 'c.environment')} "
        f"AND c.timestamp >= s.starts_at AND c.timestamp < {_silence_end('s')})",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "z106",
        "refusals",
        "How many customers abandoned their cart in the checkout last month?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "z107",
        "refusals",
        "What is the correlation between marketing spend and new signups, grouped by week?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "z108",
        "refusals",
        "please translate this sentence to german for me: the deploy is finished",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "z109",
        "refusals",
        "Which employees failed the phishing training this quarter?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "z110",
        "refusals",
        "Order pizza for the war room, we'll be here a while.",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "z111",
        "refusals",
        "Silence the indexer alerts for 2h, I can't think with this noise.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "z112",
        "refusals",
        "Delete the audit log entries made by kenji.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "z113",
        "refusals",
        "Resolve all the open incidents, the checkout is working fine now.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "z114",
        "refusals",
        "please update the severity of HighLatencyP99 to critical",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "z115",
        "refusals",
        "Mute every DiskSpaceLow alert of the indexer until Friday.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "z116",
        "refusals",
        "How often did the loyalty points service have problems this month?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "z117",
        "refusals",
        "how many times KafkaConsumerLagHigh was firing this week",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "z118",
        "refusals",
        "What did tom.baker@acme.io change last week?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "z119",
        "refusals",
        "What's firing in the ap-southeast-2 cluster right now?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "z120",
        "refusals",
        "Count of alerts where environment is perf, grouped by service.",
        "ungrounded",
        NOW_AFTER,
    ),
]
