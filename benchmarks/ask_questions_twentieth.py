"""The twentieth ask question set: ids za001..za120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth, sixteenth,
seventeenth, eighteenth and nineteenth sets only their docstrings and the tenth's ``now``
constants), from docs/store.md and those rules, over the demo store (records mostly on 2025-03-11
UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id, category, question, gold, now)``; for a
refusal the gold is its kind (``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``:
names a service, project, person, environment, cluster or alert name the store does not have),
otherwise one DuckDB SELECT whose result is compared as a multiset of rows.

The questions are in the words of five people who wrote none of the earlier sets, each three of
every category: a Kubernetes platform engineer who thinks in clusters, namespaces, nodes, pods,
label keys and values and ReplicaSet events ("anything with namespace=search", "the
staging-eu-west-1 cluster", "which pods went NotReady", "scale events in the identity
namespace", "rolling out (in progress)", "while their node was NotReady"); a customer-support
lead relaying what customers wrote in, in plain words and business names ("was there a problem
with payments around 3pm yesterday", "did anything break Saturday evening", "how long was
payments down", "login", "checkout", "search", "the error customers ran into most"); an on-call
engineer woken at night and typing on a phone, lowercase, abbreviated and very short ("alrts",
"deplys", "sils", "err logs", "svc", "rn", "wk", "yday", "b4", "wat", "w/in", "w/", "#", "the hikari
alert", "the cart-service page"); a team lead writing the weekly report or a postmortem
(timelines, "what changed in the hour before the first ... alert", "this week, compared with last
week", "per day", "per project", "who made changes", "who acked", "still no resolution written
down", "the 3 longest incidents"); and a release / QA engineer asking about versions, staging
versus production, rollbacks, releases and flag toggles ("which version was live at 14:45
yesterday", "the version it replaced", "flags toggled in the hour before the release", "did the
rollback stop the alerts", "releases that made it to a production deploy within an hour"). More
than a third of the non-refusal questions (37 of 105) relate two kinds of records (changes,
alerts, incidents, silences, acks and snoozes, warnings, log lines, log patterns, resolutions,
suspects) in time or by scope, in every category: "in the 5 min b4 the hikari alert", "since the
backlog silence went on this morning", "at the moment yesterday's rollback went live", "10
minutes after it went live", "while the hikari alert was firing", "in the hour after each of
yesterday's production deploys", "in the 30m after the 2.14 prod deploy", "right before it went
down", "while the payments outage was going on", "between the ... deploy and the rollback that
followed it", "in effect when auth-api v4.2.2 went out", "while their node was NotReady", "later
blamed for an incident", "w/ no alrts after".

Conventions: the tenth set's conventions, kept unchanged, and the sixteenth's to nineteenth's
additions where they apply (times UTC; alerts from the ``alerts`` view; "still firing" / "open"
at a time; canonical environments, "prod" production; incidents are ``alert_groups``; changes
are their ``phase = 'live'`` reports unless a phase is named, "deploys" ``type = 'deployment'``,
"rollbacks" ``type = 'rollback'``, "releases" ``type = 'release'``, "what changed" / "made
changes" every live report, ``scale`` included; versions as ``coalesce(details['ref'],
version)``; "which version is live" as that of the last live deployment or rollback; people by
their exact stored spelling, "dpatel" exactly, "kenji" ``ILIKE '%kenji%'``; counts per actor as
stored, bots included unless said; "bots" are the change actors ``argocd (automated)`` and
``deployment-controller``; silences from the ``silences`` view, active at T, a silence's active
span ``starts_at`` to the earlier of ``ends_at`` and ``expired_at``, met on its service and, when
it pins one, its environment; "how long a silence was in place before someone ended it"
``expired_at - starts_at``; snoozes and acks from ``audit_log`` met through their equality
matchers, an ack acknowledging the ``alerts`` row named by its ``alertname`` and ``service``
matchers that was firing at the ack (``[starts_at, ends_at)``); rounding to one decimal,
durations in minutes unless hours are asked; top-N answering ``value, count`` with ties by the
value; rankings of rows answering every column, "the 3 longest incidents" by ``resolved_at -
opened_at`` among resolved ones; joins in time keeping the first kind named with ``EXISTS`` on
service and canonical environment, *after* ``[t, t + N]``, *before* ``[t - N, t]``, N 15 minutes
between changes and alerts unless said; "for each X: a, b and ..." one row per X; a list of
columns answering only those columns; "changes blamed for incidents" ``change_events`` rows whose
id is some ``incident_suspects.change_id``; "incidents with no resolution" ``alert_groups`` whose
id is in no ``resolutions.group_id``; "silences created while an incident on the same service was
open" at their ``created_at`` in ``[opened_at, coalesce(resolved_at, now)]``; "error logs" /
"err lines" ``log_events`` rows with ``is_error``, "while X was firing" in ``[starts_at,
ends_at)``; "a release that made it to a production deploy within an hour"; "deploys followed by
a rollback of the same service within an hour"; "the Hikari alert" is
``HikariPoolPendingConnections``; "the 2.14 deploy" is payments-api ``v2.14.0``; the product
owner's business words of the nineteenth: "payments" payments-api, "login" auth-api, "checkout"
the ``checkout`` project, "search" the ``search`` project, "problems" alerts, "outages" / "go
down" incidents, "the worst day for problems" the day with the most alerts). Every question is
asked at the tenth's ``NOW_AFTER`` (2025-03-12 06:00 UTC, a Wednesday, after every record; no
new ``now``), so "today", "this morning" and "since midnight" are ``[2025-03-12 00:00, now]``,
"overnight, between midnight and 6 this morning" the same, "yesterday" ``[2025-03-11 00:00,
2025-03-12 00:00)``, "this week" ``[2025-03-10 00:00, now]``, "last week" ``[2025-03-03 00:00,
2025-03-10 00:00)``, "this month" from 2025-03-01 to now, "last month" February, "last 24h" /
"last 2h" and "7d" end at now. It adds, precisely:

- The platform engineer's words. "namespace=X", "in the X namespace" is the alert label
  ``labels['namespace'] = X``; for changes (scale events, rollouts) it is ``details['namespace']
  = X``. "the X cluster" is the alert label ``labels['cluster'] = X`` by its full value
  (``prod-eu-west-1``, ``staging-eu-west-1``). "Which pods" answers ``SELECT DISTINCT
  labels['pod']`` (non-null) of the alerts meant, "which nodes" ``DISTINCT labels['node']``;
  "pods went NotReady" / "not ready" are the ``KubePodNotReady`` alerts, "nodes went NotReady"
  the ``KubeNodeNotReady`` ones, and "not ready at T" is firing at T. "Which node had the most
  pods go NotReady" counts distinct pods per node (``node, pods``). "Per namespace" / "per
  cluster" and "top 3 namespaces" count only the alerts that carry the label (``value,
  count``). "Scale events" / "ReplicaSet scale events" are the live ``scale`` reports ("top 5
  deployments (services) by scale events" per ``service``); "rolling out (in progress)" is
  ``phase = 'in_progress'``. "Pods that went NotReady while their node was NotReady" are the
  ``KubePodNotReady`` alerts with a ``KubeNodeNotReady`` alert of the same ``labels['node']``
  firing at their ``starts_at``. "In January" is ``[2025-01-01, 2025-02-01)``; "any config
  updates on the identity services this month" are the live ``config_update`` reports of the
  identity project. "An argocd deploy" is a live deployment with ``source =
  'argocd'``; "yesterday's argocd deploy of search-api to production" is the one of March 11.
- The support lead's clock words. "Around 3pm yesterday" is ``[14:30, 15:30]`` on March 11,
  and "was there a problem with X around T" are X's alerts whose span overlaps it
  (``starts_at <= 15:30 AND (ends_at IS NULL OR ends_at >= 14:30)``). "Saturday evening" is the
  last Saturday from 17:00, ``[2025-03-08 17:00, 2025-03-09 00:00)``, by ``starts_at``;
  "yesterday morning, between 6 and noon" and "after lunch yesterday, between noon and 3pm" are
  closed clock windows of March 11. "How long was X down yesterday" is one number, the minutes
  from the earliest ``starts_at`` to the latest ``ends_at`` of X's alerts that started that day
  (``round((epoch(max(ends_at)) - epoch(min(starts_at))) / 60, 1)``); "what changed on X right
  before it went down yesterday" is every live report of X in the environment of X's first alert
  that day, in the 15 minutes before it (``[t - 15 min, t]``). "How many times did
  checkout go down last month" counts the checkout project's incidents opened in February;
  "how many problems has login had this month" counts auth-api alerts. "Which change do we
  think caused the checkout incidents (yesterday)" is the ``change_events`` rows whose id is the
  ``change_id`` of an ``incident_suspects`` row of a checkout incident opened on March 11;
  "early warnings before the checkout-web problems yesterday" are every column of the
  ``incident_warnings`` rows of checkout-web incidents opened that day; "the root cause and the
  fix of yesterday's payments outage" are ``root_cause, fix`` of the resolutions of payments-api
  incidents opened that day. "The error customers ran into most often in X's logs yesterday" is
  the first template of ``log_pattern_counts`` of X by ``sum(errors)`` that day (``template,
  errors``). "What alerts did search have" is the search project's; "login alerts in staging"
  are auth-api's in staging; "an alert about the payment step" is ``name ILIKE '%payment
  step%'``.
- Yesterday's payments outage (the payments-api incidents opened on March 11) "going on" / its
  span is from their first ``opened_at`` to their last ``coalesce(resolved_at, now)``: "did
  anything change in production while it was going on" is every live production report in that
  closed span; "was anything on checkout muted while it was going on" are the silences pinning
  the checkout project or one of its services (cart-service, checkout-web, payments-api) whose
  active span shares a moment with it.
- The on-call engineer's words. "the hikari alert" is the one ``HikariPoolPendingConnections``
  alert; "payments-api err logs in the 5 min b4 the hikari alert" are payments-api ``is_error``
  log lines of the alert's environment in ``[t - 5 min, t]`` (every column); "how many err lines
  did payments-api log while the hikari alert was firing" counts those in ``[starts_at,
  ends_at)``. "The backlog silence (that went on) this morning" is the silence created today
  with an ``alertname=SearchReindexQueueBacklog`` matcher, and "alrts since" it are the alerts
  with ``starts_at`` in ``[its created_at, now]``; "who silenced the backlog alrt" is the distinct
  ``created_by`` of the silences with that matcher. "anything still firing from b4 march" is
  firing at now with ``starts_at`` before 2025-03-01. "the cart-service page" is the one
  cart-service alert; "wat changed in prod in the 15m b4" it is every live production report,
  any service, in ``[t - 15 min, t]``. "the 2.14 prod deploy" is the live production deployment
  of payments-api ``v2.14.0``; "svc w/ most err logs in the 30m after" it counts ``is_error`` log
  lines per service in production in ``[t, t + 30 min]`` (``service, count``). "alrts w/in 10m
  after dpatel deplys" are the alerts with a live deployment by ``dpatel`` of their service and
  canonical environment in ``[starts_at - 10 min, starts_at]``; "deplys w/ no alrts after" are
  the live deployments with no alert of their service and environment in ``[t, t + 15 min]``.
  "who acks the most" is one row, ``actor, count`` of the ``ack`` rows. "snoozes on X" are the
  ``snooze`` rows with an ``alertname=X`` equality matcher. "sils by kenji this wk" are the
  silences created this week by ``ILIKE '%kenji%'``.
- The team lead's words. "Every checkout alert between 14:30 and 15:30 yesterday, in order" is
  the checkout project's alerts with ``starts_at`` in that closed window ("in order" does not
  change the multiset). "How many alerts this week, compared with last week" is one row of two
  counts, this week's first (``count(*) FILTER (...)``). "In the hour before the first checkout
  alert yesterday, what changed on checkout in production" is every live report of the checkout
  project in production in ``[t - 60 min, t]``, ``t`` the earliest checkout alert of March 11.
  "Incidents per day this week" buckets ``alert_groups`` by ``date_trunc('day', opened_at)``;
  "average incident length per project (for the quarterly review)" averages ``resolved_at -
  opened_at`` over all resolved incidents, no window, most first. "How many of this month's
  incidents had an early warning" counts the distinct ``incident_warnings.group_id`` of
  incidents opened since 2025-03-01; "which incident had the most early warnings" is
  ``group_id, count`` of ``incident_warnings`` rows. "Who resolved the most incidents in
  February" counts ``resolutions`` by ``resolved_by`` with ``resolved_at`` in February. "Which
  incidents haven't been resolved yet" are those open at now. "Who made changes to the checkout
  services yesterday" is the distinct ``actor`` of every live report of the checkout project that
  day, ``deployment-controller`` included. "This month's changes that ended up blamed for an
  incident" are the ``change_events`` rows of this month whose id is some
  ``incident_suspects.change_id``. "How many changes of each type last week" is ``type, count``
  of the live reports. "For each incident yesterday: its service, alert name, when it opened and
  the version of its suspect change (empty when there is none)" is ``service,
  group_labels['alertname'], opened_at, coalesce(change_details['ref'], change_version)`` with a
  ``LEFT JOIN incident_suspects`` (NULL without a suspect). "Who acked alerts while they were
  still firing in February" is the distinct ``actor`` of the February acks that acknowledged a
  firing alert. "Incidents opened this month that still have no resolution written down" are
  this month's ``alert_groups`` whose id is in no ``resolutions.group_id``, open or not. "Total
  silenced hours per person this month" sums ``ends_at - starts_at`` in hours per ``created_by``
  over the silences created this month; "which silences got ended early, and by whom" answers
  ``silence_id, expired_by`` of those with ``expired_early``.
- The release engineer's words. "Which X version was live in E at T" is the version of the last
  live deployment or rollback of X in E at or before T ("right now": at now); "which deploys
  landed in staging between 9am and noon yesterday" are live staging deployments in that closed
  window. "Which X alerts were still firing at the moment yesterday's rollback went live" is the
  state at the rollback's timestamp, of X only; "did the rollback stop the alerts? which were
  still firing 10 minutes after it went live" is the state at its timestamp + 10 min.
  "Yesterday's rollback" / "the payments-api rollback" is payments-api's one live rollback on
  March 11. "Flags toggled in the hour before the payments-api v2.14.0 release" are every live
  ``flag_change``, any service and environment, in ``[t - 60 min, t]`` of that live release.
  "For every production rollback: the service, the version it went back to and the version it
  replaced" is ``service``, the rollback's own version and the version of the last live
  deployment of the same service and environment before it. "Production flag toggles that were
  later blamed for an incident" are live production ``flag_change`` reports whose id is some
  ``incident_suspects.change_id``. "Top 2 people by deploys yesterday, bots not counted" ranks
  live deployments of March 11 per ``actor NOT IN`` the bots; "which service had its feature
  flags flipped the most" counts live ``flag_change`` reports per service. "On average, how many
  alerts hit the same service in the hour after each of yesterday's production deploys, quiet
  ones as zero" is the mean of the per-deploy counts of alerts of the deploy's service and
  canonical environment in ``[t, t + 60 min]`` over every live production deployment of March 11;
  "how many deploys went to staging and how many to production yesterday" is ``environment,
  count``. "Which service racked up the most alerts in the hour after one of its own deploys"
  counts the alerts with such a deploy in ``[starts_at - 60 min, starts_at]``.
- Silences meeting changes: "silences created between the payments-api v2.14.0 production
  deploy and the rollback that followed it" have ``created_at`` in that closed span, whatever
  their scope; "staging silences in effect when auth-api v4.2.2 went out to staging" are the
  silences pinning staging active at that live deployment's timestamp; "HighLatencyP99 snoozes
  put on in the hour after the staging search-api deploy yesterday" count the ``snooze`` rows
  with that alertname matcher in ``[t, t + 60 min]`` of its one live staging deployment on
  March 11. "Is anything muted in staging right now" are the silences pinning staging active at
  now; "silences that match on a node (metric) label" have a matcher of that name, any
  operator. "Who muted the cart errors, and when was the mute taken off" is ``created_by,
  expired_at`` of the cart-service silence.
- "Scale events in the search namespace in the 10 minutes after X" have their time in ``[t, t +
  10 min]``; "how many error lines did token-service log in staging while its crashlooping alert
  was firing" counts them in the span of its ``KubePodCrashLooping`` staging alert, which is
  still firing and so runs until now; "alerts with namespace=search that fired within 15 min
  after an argocd deploy of the same service" meet argocd live deployments of their service and
  canonical environment in ``[starts_at - 15 min, starts_at]``.
- The alert name ``KubeHpaReplicasMismatch``, the "mobile-gateway" service, a "prod-us-east-2"
  cluster, a "marketplace" project and the person ``olga.petrova@acme.io`` are not in the store
  (``ungrounded``); refund policies, story points, the EKS bill, resetting 2fa on a phone and app
  store release notes are not about this data; silencing, muting, marking a deploy failed,
  deleting incidents and resolving incidents ask to change the data.
"""

from benchmarks.ask_questions_tenth import NOW_AFTER  # the tenth set's "now" value

_NOW = "TIMESTAMPTZ '2025-03-12 06:00:00+00'"
_TODAY = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_YDAY = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_WEEK = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
_LAST_WEEK = "TIMESTAMPTZ '2025-03-03 00:00:00+00'"
_MONTH = "TIMESTAMPTZ '2025-03-01 00:00:00+00'"
_FEB = "TIMESTAMPTZ '2025-02-01 00:00:00+00'"
_D7 = "TIMESTAMPTZ '2025-03-05 06:00:00+00'"
_H24 = "TIMESTAMPTZ '2025-03-11 06:00:00+00'"
_DEPLOY = "type = 'deployment' AND phase = 'live'"
_BOTS = "('argocd (automated)', 'deployment-controller')"
_CHECKOUT = "('cart-service', 'checkout-web', 'payments-api')"
_MAR2_0430 = "TIMESTAMPTZ '2025-03-02 04:30:00+00'"


def _y(hm: str) -> str:
    """A clock time on 2025-03-11 (yesterday), UTC."""
    return f"TIMESTAMPTZ '2025-03-11 {hm}:00+00'"


def _yday(col: str) -> str:
    return f"{col} >= {_YDAY} AND {col} < {_TODAY}"


def _firing_at(t: str, alias: str = "") -> str:
    p = f"{alias}." if alias else ""
    return f"{p}starts_at <= {t} AND ({p}ends_at IS NULL OR {p}ends_at > {t})"


def _has_matcher(alias: str, name: str, value: str) -> str:
    """An equality matcher ``name=value`` among the matchers of ``alias``."""
    return (
        f"len(list_filter({alias}.matchers, m -> m.name = '{name}' AND m.value = '{value}' "
        f"AND m.is_equal AND NOT m.is_regex)) > 0"
    )


def _silence_end(s: str) -> str:
    """The end of a silence's active span: the earlier of its end and its early expiry."""
    return f"least({s}.ends_at, coalesce({s}.expired_at, {s}.ends_at))"


def _active_at(s: str, t: str) -> str:
    return f"{s}.starts_at <= {t} AND {s}.ends_at > {t} AND ({s}.expired_at IS NULL OR {s}.expired_at > {t})"


# the one HikariPoolPendingConnections alert (payments-api, production, 2025-03-11 14:35:54 UTC)
_HIKARI = "(SELECT starts_at FROM alerts WHERE name = 'HikariPoolPendingConnections')"
_HIKARI_END = "(SELECT ends_at FROM alerts WHERE name = 'HikariPoolPendingConnections')"
# the payments-api v2.14.0 production deploy (2025-03-11 14:31:22 UTC)
_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production' "
    f"AND {_DEPLOY} AND coalesce(details['ref'], version) = 'v2.14.0')"
)
# the payments-api production rollback yesterday (2025-03-11 14:56:37 UTC)
_ROLLBACK = (
    "(SELECT timestamp FROM change_events WHERE service = 'payments-api' AND type = 'rollback' "
    f"AND phase = 'live' AND {_yday('timestamp')})"
)
# yesterday's payments outage: the payments-api incidents opened on 2025-03-11, first opening to last resolution
_OUT_START = f"(SELECT min(opened_at) FROM alert_groups WHERE service = 'payments-api' AND {_yday('opened_at')})"
_OUT_END = (
    f"(SELECT max(coalesce(resolved_at, {_NOW})) FROM alert_groups "
    f"WHERE service = 'payments-api' AND {_yday('opened_at')})"
)
# the first checkout alert yesterday (2025-03-11 14:35:54 UTC)
_FIRST_CHECKOUT = f"(SELECT min(starts_at) FROM alerts WHERE project = 'checkout' AND {_yday('starts_at')})"
# the first payments-api alert yesterday (HikariPoolPendingConnections, 2025-03-11 14:35:54 UTC)
_FIRST_PAY = f"(SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND {_yday('starts_at')})"
# the one cart-service alert (UpstreamDependencyErrors, 2025-03-11 14:40:54 UTC)
_CART_PAGE = "(SELECT starts_at FROM alerts WHERE service = 'cart-service')"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---- filters ----
    (
        "za001",
        "filters",
        "anything with namespace=search that's still firing?",
        f"SELECT * FROM alerts WHERE labels['namespace'] = 'search' AND {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "za002",
        "filters",
        "Show me the alerts that came out of the staging-eu-west-1 cluster.",
        "SELECT * FROM alerts WHERE labels['cluster'] = 'staging-eu-west-1'",
        NOW_AFTER,
    ),
    (
        "za003",
        "filters",
        "Which pods went NotReady on node ip-10-42-28-16.eu-west-1.compute.internal?",
        "SELECT DISTINCT labels['pod'] FROM alerts WHERE name = 'KubePodNotReady' "
        "AND labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal' AND labels['pod'] IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "za004",
        "filters",
        "A customer got an error while paying on the website. Can you pull up the critical alerts for checkout-web?",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "za005",
        "filters",
        "Our beta testers say logging in on the staging site keeps failing. What login alerts do we have in staging?",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "za006",
        "filters",
        "The customer's screenshot says 'payment step returned 503'. Do we have an alert about the payment step?",
        "SELECT * FROM alerts WHERE name ILIKE '%payment step%'",
        NOW_AFTER,
    ),
    (
        "za007",
        "filters",
        "firing alrts prod rn",
        f"SELECT * FROM alerts WHERE environment_canonical = 'production' AND {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "za008",
        "filters",
        "crit alrts payments-api",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "za009",
        "filters",
        "payments-api err logs in the 5 min b4 the hikari alert",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND environment = (SELECT environment FROM alerts WHERE name = 'HikariPoolPendingConnections') "
        f"AND timestamp >= {_HIKARI} - INTERVAL 5 MINUTE AND timestamp <= {_HIKARI}",
        NOW_AFTER,
    ),
    (
        "za010",
        "filters",
        "For the postmortem: list every incident the checkout project had yesterday.",
        f"SELECT * FROM alert_groups WHERE project = 'checkout' AND {_yday('opened_at')}",
        NOW_AFTER,
    ),
    (
        "za011",
        "filters",
        "Which resolutions were a rollback? I want the ones whose fix says 'rolled back'.",
        "SELECT * FROM resolutions WHERE fix ILIKE '%rolled back%'",
        NOW_AFTER,
    ),
    (
        "za012",
        "filters",
        "Which incidents haven't been resolved yet? They go in the open items of my report.",
        f"SELECT * FROM alert_groups WHERE opened_at <= {_NOW} AND (resolved_at IS NULL OR resolved_at > {_NOW})",
        NOW_AFTER,
    ),
    (
        "za013",
        "filters",
        "auth-api deploys on staging",
        f"SELECT * FROM change_events WHERE service = 'auth-api' AND environment = 'staging' AND {_DEPLOY}",
        NOW_AFTER,
    ),
    (
        "za014",
        "filters",
        "Production flag toggles that were later blamed for an incident",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production' "
        "AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "za015",
        "filters",
        "Rollbacks in production: just the service, the version and who did it.",
        "SELECT service, coalesce(details['ref'], version), actor FROM change_events "
        "WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'",
        NOW_AFTER,
    ),
    # ---- time ----
    (
        "za016",
        "time",
        "Which nodes went NotReady in January?",
        "SELECT DISTINCT labels['node'] FROM alerts WHERE name = 'KubeNodeNotReady' "
        "AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "za017",
        "time",
        "which pods were not ready at 04:30 UTC on march 2",
        f"SELECT DISTINCT labels['pod'] FROM alerts WHERE name = 'KubePodNotReady' AND {_firing_at(_MAR2_0430)}",
        NOW_AFTER,
    ),
    (
        "za018",
        "time",
        "What fired on the prod-eu-west-1 cluster overnight, between midnight and 6 this morning?",
        f"SELECT * FROM alerts WHERE labels['cluster'] = 'prod-eu-west-1' AND starts_at >= {_TODAY} "
        f"AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za019",
        "time",
        "A customer says their payment failed around 3pm yesterday. Was there a problem with payments then?",
        f"SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at <= {_y('15:30')} "
        f"AND (ends_at IS NULL OR ends_at >= {_y('14:30')})",
        NOW_AFTER,
    ),
    (
        "za020",
        "time",
        "Someone wrote in about Saturday evening. Did anything break then?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-08 17:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-09 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "za021",
        "time",
        "A shopper complained search was slow yesterday morning. What alerts did search have between 6 and noon?",
        f"SELECT * FROM alerts WHERE project = 'search' AND starts_at >= {_y('06:00')} AND starts_at <= {_y('12:00')}",
        NOW_AFTER,
    ),
    (
        "za022",
        "time",
        "wat fired last 2h",
        f"SELECT * FROM alerts WHERE starts_at >= {_NOW} - INTERVAL 2 HOUR AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za023",
        "time",
        "alrts since the backlog silence went on this morning",
        "SELECT * FROM alerts WHERE starts_at >= (SELECT s.created_at FROM silences s "
        f"WHERE s.created_at >= {_TODAY} AND {_has_matcher('s', 'alertname', 'SearchReindexQueueBacklog')}) "
        f"AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za024",
        "time",
        "anything still firing from b4 march",
        f"SELECT * FROM alerts WHERE starts_at < {_MONTH} AND {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "za025",
        "time",
        "Timeline for the write-up: every checkout alert between 14:30 and 15:30 yesterday, in order.",
        f"SELECT * FROM alerts WHERE project = 'checkout' AND starts_at >= {_y('14:30')} "
        f"AND starts_at <= {_y('15:30')}",
        NOW_AFTER,
    ),
    (
        "za026",
        "time",
        "How many alerts did we get this week, compared with last week?",
        f"SELECT count(*) FILTER (WHERE starts_at >= {_WEEK} AND starts_at <= {_NOW}), "
        f"count(*) FILTER (WHERE starts_at >= {_LAST_WEEK} AND starts_at < {_WEEK}) FROM alerts",
        NOW_AFTER,
    ),
    (
        "za027",
        "time",
        "In the hour before the first checkout alert yesterday, what changed on checkout in production?",
        "SELECT * FROM change_events WHERE phase = 'live' AND project = 'checkout' AND environment = 'production' "
        f"AND timestamp >= {_FIRST_CHECKOUT} - INTERVAL 60 MINUTE AND timestamp <= {_FIRST_CHECKOUT}",
        NOW_AFTER,
    ),
    (
        "za028",
        "time",
        "Which payments-api version was live in production at 14:45 yesterday?",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        f"AND timestamp <= {_y('14:45')} ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za029",
        "time",
        "Which deploys landed in staging between 9am and noon yesterday?",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND environment = 'staging' "
        f"AND timestamp >= {_y('09:00')} AND timestamp <= {_y('12:00')}",
        NOW_AFTER,
    ),
    (
        "za030",
        "time",
        "Which payments-api alerts were still firing at the moment yesterday's rollback went live?",
        f"SELECT * FROM alerts WHERE service = 'payments-api' AND {_firing_at(_ROLLBACK)}",
        NOW_AFTER,
    ),
    # ---- aggregates ----
    (
        "za031",
        "aggregates",
        "alert count per namespace",
        "SELECT labels['namespace'] AS namespace, count(*) AS alerts FROM alerts "
        "WHERE labels['namespace'] IS NOT NULL GROUP BY 1 ORDER BY alerts DESC",
        NOW_AFTER,
    ),
    (
        "za032",
        "aggregates",
        "How many alerts has each cluster had?",
        "SELECT labels['cluster'] AS cluster, count(*) AS alerts FROM alerts "
        "WHERE labels['cluster'] IS NOT NULL GROUP BY 1 ORDER BY alerts DESC",
        NOW_AFTER,
    ),
    (
        "za033",
        "aggregates",
        "How many scale events have there been in the identity namespace?",
        "SELECT count(*) FROM change_events WHERE type = 'scale' AND phase = 'live' "
        "AND details['namespace'] = 'identity'",
        NOW_AFTER,
    ),
    (
        "za034",
        "aggregates",
        "How many times did checkout go down last month?",
        f"SELECT count(*) FROM alert_groups WHERE project = 'checkout' AND opened_at >= {_FEB} "
        f"AND opened_at < {_MONTH}",
        NOW_AFTER,
    ),
    (
        "za035",
        "aggregates",
        "The customer wants to know: how long was payments down yesterday, in minutes?",
        "SELECT round((epoch(max(ends_at)) - epoch(min(starts_at))) / 60, 1) FROM alerts "
        f"WHERE service = 'payments-api' AND {_yday('starts_at')}",
        NOW_AFTER,
    ),
    (
        "za036",
        "aggregates",
        "How many problems has login had this month?",
        f"SELECT count(*) FROM alerts WHERE service = 'auth-api' AND starts_at >= {_MONTH} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za037",
        "aggregates",
        "# alrts per svc last 24h",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= {_H24} AND starts_at <= {_NOW} "
        "GROUP BY service ORDER BY alerts DESC",
        NOW_AFTER,
    ),
    (
        "za038",
        "aggregates",
        "avg mins to resolve indexer alrts",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE service = 'indexer' AND ends_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "za039",
        "aggregates",
        "how many err lines did payments-api log while the hikari alert was firing",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND environment = (SELECT environment FROM alerts WHERE name = 'HikariPoolPendingConnections') "
        f"AND timestamp >= {_HIKARI} AND timestamp < {_HIKARI_END}",
        NOW_AFTER,
    ),
    (
        "za040",
        "aggregates",
        "Average incident length per project, in minutes, for the quarterly review.",
        "SELECT project, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes "
        "FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY project ORDER BY avg_minutes DESC",
        NOW_AFTER,
    ),
    (
        "za041",
        "aggregates",
        "Incidents per day this week?",
        "SELECT date_trunc('day', opened_at) AS day, count(*) AS incidents FROM alert_groups "
        f"WHERE opened_at >= {_WEEK} AND opened_at <= {_NOW} GROUP BY day ORDER BY incidents DESC",
        NOW_AFTER,
    ),
    (
        "za042",
        "aggregates",
        "How many of this month's incidents had an early warning before them?",
        f"SELECT count(DISTINCT group_id) FROM incident_warnings WHERE opened_at >= {_MONTH} AND opened_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za043",
        "aggregates",
        "How many deploys went to staging and how many to production yesterday?",
        f"SELECT environment, count(*) AS deploys FROM change_events WHERE {_DEPLOY} AND {_yday('timestamp')} "
        "GROUP BY environment ORDER BY deploys DESC",
        NOW_AFTER,
    ),
    (
        "za044",
        "aggregates",
        "On average, how many alerts hit the same service in the hour after each of yesterday's production "
        "deploys? Count the quiet deploys as zero.",
        "SELECT round(avg(n), 1) FROM (SELECT (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE) AS n FROM change_events c "
        f"WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        f"AND {_yday('c.timestamp')})",
        NOW_AFTER,
    ),
    (
        "za045",
        "aggregates",
        "number of rollbacks per service",
        "SELECT service, count(*) AS rollbacks FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "GROUP BY service ORDER BY rollbacks DESC",
        NOW_AFTER,
    ),
    # ---- top_n ----
    (
        "za046",
        "top_n",
        "top 3 namespaces by alert count",
        "SELECT labels['namespace'] AS namespace, count(*) AS alerts FROM alerts "
        "WHERE labels['namespace'] IS NOT NULL GROUP BY 1 ORDER BY alerts DESC, namespace LIMIT 3",
        NOW_AFTER,
    ),
    (
        "za047",
        "top_n",
        "Which node had the most pods go NotReady?",
        "SELECT labels['node'] AS node, count(DISTINCT labels['pod']) AS pods FROM alerts "
        "WHERE name = 'KubePodNotReady' AND labels['node'] IS NOT NULL GROUP BY 1 ORDER BY pods DESC, node LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za048",
        "top_n",
        "top 5 deployments (services) by number of ReplicaSet scale events",
        "SELECT service, count(*) AS events FROM change_events WHERE type = 'scale' AND phase = 'live' "
        "GROUP BY service ORDER BY events DESC, service LIMIT 5",
        NOW_AFTER,
    ),
    (
        "za049",
        "top_n",
        "Which three services had the most problems yesterday?",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE {_yday('starts_at')} "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "za050",
        "top_n",
        "What was the worst day for checkout?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts WHERE project = 'checkout' "
        "GROUP BY day ORDER BY alerts DESC, day LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za051",
        "top_n",
        "What error did customers run into most often in the checkout-web logs yesterday?",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'checkout-web' "
        f"AND {_yday('minute')} GROUP BY template ORDER BY errors DESC, template LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za052",
        "top_n",
        "top3 noisy alrts 7d",
        f"SELECT name, count(*) AS alerts FROM alerts WHERE starts_at >= {_D7} AND starts_at <= {_NOW} "
        "GROUP BY name ORDER BY alerts DESC, name LIMIT 3",
        NOW_AFTER,
    ),
    (
        "za053",
        "top_n",
        "svc w/ most err logs in the 30m after the 2.14 prod deploy",
        "SELECT service, count(*) AS errors FROM log_events WHERE is_error AND environment = 'production' "
        f"AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 30 MINUTE "
        "GROUP BY service ORDER BY errors DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za054",
        "top_n",
        "who acks the most",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor "
        "ORDER BY acks DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za055",
        "top_n",
        "The 3 longest incidents, please.",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "za056",
        "top_n",
        "Which incident had the most early warnings before it?",
        "SELECT group_id, count(*) AS warnings FROM incident_warnings GROUP BY group_id "
        "ORDER BY warnings DESC, group_id LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za057",
        "top_n",
        "Who resolved the most incidents in February?",
        f"SELECT resolved_by, count(*) AS resolved FROM resolutions WHERE resolved_at >= {_FEB} "
        f"AND resolved_at < {_MONTH} GROUP BY resolved_by ORDER BY resolved DESC, resolved_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za058",
        "top_n",
        "Which service racked up the most alerts in the hour after one of its own deploys?",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za059",
        "top_n",
        "Top 2 people by number of deploys yesterday, bots not counted.",
        f"SELECT actor, count(*) AS deploys FROM change_events WHERE {_DEPLOY} AND {_yday('timestamp')} "
        f"AND actor NOT IN {_BOTS} GROUP BY actor ORDER BY deploys DESC, actor LIMIT 2",
        NOW_AFTER,
    ),
    (
        "za060",
        "top_n",
        "Which service had its feature flags flipped the most?",
        "SELECT service, count(*) AS flag_changes FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "GROUP BY service ORDER BY flag_changes DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    # ---- changes ----
    (
        "za061",
        "changes",
        "Which auth-api version is live in staging right now?",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        f"AND timestamp <= {_NOW} ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za062",
        "changes",
        "Were any flags toggled in the hour before the payments-api v2.14.0 release?",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND timestamp >= (SELECT timestamp FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND service = 'payments-api' AND coalesce(details['ref'], version) = 'v2.14.0') - INTERVAL 60 MINUTE "
        "AND timestamp <= (SELECT timestamp FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND service = 'payments-api' AND coalesce(details['ref'], version) = 'v2.14.0')",
        NOW_AFTER,
    ),
    (
        "za063",
        "changes",
        "For every production rollback: the service, the version it went back to and the version it replaced.",
        "SELECT r.service, coalesce(r.details['ref'], r.version), (SELECT coalesce(d.details['ref'], d.version) "
        "FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = r.service "
        "AND d.environment = r.environment AND d.timestamp < r.timestamp ORDER BY d.timestamp DESC LIMIT 1) "
        "FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'",
        NOW_AFTER,
    ),
    (
        "za064",
        "changes",
        "Which search-api deployments did Kubernetes report as rolling out (in progress)?",
        "SELECT * FROM change_events WHERE service = 'search-api' AND type = 'deployment' AND phase = 'in_progress'",
        NOW_AFTER,
    ),
    (
        "za065",
        "changes",
        "scale events in the search namespace in the 10 minutes after yesterday's argocd deploy of search-api "
        "to production",
        "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND details['namespace'] = 'search' "
        "AND timestamp >= (SELECT timestamp FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND source = 'argocd' AND service = 'search-api' AND environment = 'production' "
        f"AND {_yday('timestamp')}) AND timestamp <= (SELECT timestamp FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd' AND service = 'search-api' "
        f"AND environment = 'production' AND {_yday('timestamp')}) + INTERVAL 10 MINUTE",
        NOW_AFTER,
    ),
    (
        "za066",
        "changes",
        "Any config updates on the identity services this month?",
        f"SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND project = 'identity' "
        f"AND timestamp >= {_MONTH} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za067",
        "changes",
        "A customer says checkout started acting weird after lunch yesterday. Did we change anything on checkout "
        "between noon and 3pm?",
        "SELECT * FROM change_events WHERE phase = 'live' AND project = 'checkout' "
        f"AND timestamp >= {_y('12:00')} AND timestamp <= {_y('15:00')}",
        NOW_AFTER,
    ),
    (
        "za068",
        "changes",
        "What changed on payments right before it went down yesterday?",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'payments-api' "
        f"AND environment = (SELECT environment_canonical FROM alerts WHERE starts_at = {_FIRST_PAY}) "
        f"AND timestamp >= {_FIRST_PAY} - INTERVAL 15 MINUTE AND timestamp <= {_FIRST_PAY}",
        NOW_AFTER,
    ),
    (
        "za069",
        "changes",
        "Did anything change in production while the payments outage was going on yesterday?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        f"AND timestamp >= {_OUT_START} AND timestamp <= {_OUT_END}",
        NOW_AFTER,
    ),
    (
        "za070",
        "changes",
        "deplys yday",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND {_yday('timestamp')}",
        NOW_AFTER,
    ),
    (
        "za071",
        "changes",
        "who rolled back payments",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "za072",
        "changes",
        "last deploy checkout-web prod?",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND service = 'checkout-web' AND environment = 'production' "
        f"AND timestamp <= {_NOW} ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "za073",
        "changes",
        "Who made changes to the checkout services yesterday?",
        f"SELECT DISTINCT actor FROM change_events WHERE phase = 'live' AND project = 'checkout' "
        f"AND {_yday('timestamp')}",
        NOW_AFTER,
    ),
    (
        "za074",
        "changes",
        "List this month's changes that ended up blamed for an incident.",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects) "
        f"AND timestamp >= {_MONTH} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za075",
        "changes",
        "How many changes of each type did we make last week?",
        "SELECT type, count(*) AS changes FROM change_events WHERE phase = 'live' "
        f"AND timestamp >= {_LAST_WEEK} AND timestamp < {_WEEK} GROUP BY type ORDER BY changes DESC",
        NOW_AFTER,
    ),
    # ---- silences ----
    (
        "za076",
        "silences",
        "which silences match on a node label",
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'node')) > 0",
        NOW_AFTER,
    ),
    (
        "za077",
        "silences",
        "Is anything muted in staging right now?",
        f"SELECT * FROM silences s WHERE s.environment_canonical = 'staging' AND {_active_at('s', _NOW)}",
        NOW_AFTER,
    ),
    (
        "za078",
        "silences",
        "Show the silences whose matchers include a metric label.",
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'metric')) > 0",
        NOW_AFTER,
    ),
    (
        "za079",
        "silences",
        "Was anything on checkout muted while yesterday's payments outage was going on?",
        f"SELECT * FROM silences s WHERE (s.project = 'checkout' OR s.service IN {_CHECKOUT}) "
        f"AND s.starts_at <= {_OUT_END} AND {_silence_end('s')} >= {_OUT_START}",
        NOW_AFTER,
    ),
    (
        "za080",
        "silences",
        "Who muted the cart errors, and when was the mute taken off?",
        "SELECT created_by, expired_at FROM silences WHERE service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "za081",
        "silences",
        "How many minutes was the cart-service silence actually in place before someone ended it?",
        "SELECT round((epoch(expired_at) - epoch(starts_at)) / 60, 1) FROM silences WHERE service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "za082",
        "silences",
        "sils by kenji this wk",
        f"SELECT * FROM silences WHERE created_by ILIKE '%kenji%' AND created_at >= {_WEEK} AND created_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za083",
        "silences",
        "snoozes on HighLatencyP99 last 24h",
        "SELECT * FROM audit_log k WHERE k.action = 'snooze' "
        f"AND {_has_matcher('k', 'alertname', 'HighLatencyP99')} AND k.timestamp >= {_H24} AND k.timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "za084",
        "silences",
        "who silenced the backlog alrt",
        "SELECT DISTINCT s.created_by FROM silences s "
        f"WHERE {_has_matcher('s', 'alertname', 'SearchReindexQueueBacklog')}",
        NOW_AFTER,
    ),
    (
        "za085",
        "silences",
        "Which silences were created while an incident on the same service was open?",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical) "
        f"AND s.created_at >= g.opened_at AND s.created_at <= coalesce(g.resolved_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "za086",
        "silences",
        "Total silenced hours per person this month, biggest first.",
        "SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences "
        f"WHERE created_at >= {_MONTH} AND created_at <= {_NOW} GROUP BY created_by ORDER BY hours DESC",
        NOW_AFTER,
    ),
    (
        "za087",
        "silences",
        "Which silences got ended early, and by whom? Silence id and who ended it.",
        "SELECT silence_id, expired_by FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "za088",
        "silences",
        "Were any silences created between the payments-api v2.14.0 production deploy and the rollback that "
        "followed it?",
        f"SELECT * FROM silences WHERE created_at >= {_V214} AND created_at <= {_ROLLBACK}",
        NOW_AFTER,
    ),
    (
        "za089",
        "silences",
        "Which staging silences were in effect when auth-api v4.2.2 went out to staging?",
        "SELECT * FROM silences s WHERE s.environment_canonical = 'staging' AND "
        + _active_at(
            "s",
            "(SELECT timestamp FROM change_events WHERE type = 'deployment' AND phase = 'live' "
            "AND service = 'auth-api' AND environment = 'staging' AND coalesce(details['ref'], version) = 'v4.2.2')",
        ),
        NOW_AFTER,
    ),
    (
        "za090",
        "silences",
        "How many HighLatencyP99 snoozes were put on in the hour after the staging search-api deploy yesterday?",
        "SELECT count(*) FROM audit_log k WHERE k.action = 'snooze' "
        f"AND {_has_matcher('k', 'alertname', 'HighLatencyP99')} "
        "AND k.timestamp >= (SELECT timestamp FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND service = 'search-api' AND environment = 'staging' AND {_yday('timestamp')}) "
        "AND k.timestamp <= (SELECT timestamp FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND service = 'search-api' AND environment = 'staging' AND {_yday('timestamp')}) + INTERVAL 60 MINUTE",
        NOW_AFTER,
    ),
    # ---- joins ----
    (
        "za091",
        "joins",
        "Which pods went NotReady while their node was NotReady?",
        "SELECT DISTINCT p.labels['pod'] FROM alerts p "
        "WHERE p.name = 'KubePodNotReady' AND p.labels['pod'] IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM alerts n WHERE n.name = 'KubeNodeNotReady' AND n.labels['node'] = p.labels['node'] "
        "AND n.starts_at <= p.starts_at AND (n.ends_at IS NULL OR n.ends_at > p.starts_at))",
        NOW_AFTER,
    ),
    (
        "za092",
        "joins",
        "alerts with namespace=search that fired within 15 min after an argocd deploy of the same service",
        "SELECT * FROM alerts a WHERE a.labels['namespace'] = 'search' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "za093",
        "joins",
        "How many error lines did token-service log in staging while its crashlooping alert was firing?",
        "SELECT count(*) FROM log_events l WHERE l.service = 'token-service' AND l.environment = 'staging' "
        "AND l.is_error AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = 'KubePodCrashLooping' "
        "AND a.service = 'token-service' AND a.environment_canonical = 'staging' AND l.timestamp >= a.starts_at "
        f"AND l.timestamp < coalesce(a.ends_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "za094",
        "joins",
        "A customer's card payment failed at checkout yesterday afternoon. Which change do we think caused the "
        "checkout incidents?",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects "
        f"WHERE project = 'checkout' AND {_yday('opened_at')})",
        NOW_AFTER,
    ),
    (
        "za095",
        "joins",
        "Did we get any early warnings before the checkout-web problems yesterday?",
        f"SELECT * FROM incident_warnings WHERE service = 'checkout-web' AND {_yday('opened_at')}",
        NOW_AFTER,
    ),
    (
        "za096",
        "joins",
        "What was the root cause and the fix of yesterday's payments outage?",
        "SELECT r.root_cause, r.fix FROM resolutions r JOIN alert_groups g ON g.id = r.group_id "
        f"WHERE g.service = 'payments-api' AND {_yday('g.opened_at')}",
        NOW_AFTER,
    ),
    (
        "za097",
        "joins",
        "alrts w/in 10m after dpatel deplys",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.actor = 'dpatel' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "za098",
        "joins",
        "deplys w/ no alrts after",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND NOT EXISTS "
        "(SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "za099",
        "joins",
        "wat changed in prod in the 15m b4 the cart-service page",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        f"AND timestamp >= {_CART_PAGE} - INTERVAL 15 MINUTE AND timestamp <= {_CART_PAGE}",
        NOW_AFTER,
    ),
    (
        "za100",
        "joins",
        "For each incident yesterday: its service, alert name, when it opened and the version of its suspect "
        "change (empty when there is none).",
        "SELECT g.service, g.group_labels['alertname'], g.opened_at, "
        "coalesce(s.change_details['ref'], s.change_version) FROM alert_groups g "
        f"LEFT JOIN incident_suspects s ON s.group_id = g.id WHERE {_yday('g.opened_at')}",
        NOW_AFTER,
    ),
    (
        "za101",
        "joins",
        "Who acked alerts while they were still firing in February?",
        "SELECT DISTINCT k.actor FROM audit_log k WHERE k.action = 'ack' "
        f"AND k.timestamp >= {_FEB} AND k.timestamp < {_MONTH} AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex], "
        "'alertname=' || a.name) AND list_contains([m.name || '=' || m.value FOR m IN k.matchers "
        "IF m.is_equal AND NOT m.is_regex], 'service=' || a.service) AND k.timestamp >= a.starts_at "
        "AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))",
        NOW_AFTER,
    ),
    (
        "za102",
        "joins",
        "Which incidents opened this month still have no resolution written down?",
        f"SELECT * FROM alert_groups WHERE opened_at >= {_MONTH} AND opened_at <= {_NOW} "
        "AND id NOT IN (SELECT group_id FROM resolutions)",
        NOW_AFTER,
    ),
    (
        "za103",
        "joins",
        "Which releases made it to a production deploy within an hour?",
        "SELECT * FROM change_events r WHERE r.type = 'release' AND r.phase = 'live' AND EXISTS "
        "(SELECT 1 FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' "
        "AND d.environment = 'production' AND d.service = r.service "
        "AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version) "
        "AND d.timestamp >= r.timestamp AND d.timestamp <= r.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "za104",
        "joins",
        "deploys that were followed by a rollback of the same service within an hour",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS "
        "(SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service "
        "AND r.environment = d.environment AND r.timestamp >= d.timestamp "
        "AND r.timestamp <= d.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "za105",
        "joins",
        "Did the payments-api rollback stop the alerts? Which payments-api alerts were still firing 10 minutes "
        "after it went live?",
        f"SELECT * FROM alerts WHERE service = 'payments-api' "
        f"AND {_firing_at('(' + _ROLLBACK + ' + INTERVAL 10 MINUTE)')}",
        NOW_AFTER,
    ),
    # ---- refusals ----
    (
        "za106",
        "refusals",
        "A customer whose payment failed wants a refund. What's our refund policy for failed card payments?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "za107",
        "refusals",
        "How many story points did the team close in this sprint?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "za108",
        "refusals",
        "what's the monthly EKS control plane bill for prod-eu-west-1?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "za109",
        "refusals",
        "how do i reset 2fa on my phone",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "za110",
        "refusals",
        "What's the template for the app store release notes of the mobile app?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "za111",
        "refusals",
        "silence DiskSpaceLow on indexer for 2h",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "za112",
        "refusals",
        "Mark the payments-api v2.14.0 production deploy as failed.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "za113",
        "refusals",
        "Delete the HighLatencyP99 staging incidents from the store, they skew my weekly numbers.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "za114",
        "refusals",
        "The customer says it works again, so please resolve all the open checkout incidents.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "za115",
        "refusals",
        "mute everything with namespace=monitoring until tomorrow",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "za116",
        "refusals",
        "which pods fired KubeHpaReplicasMismatch in namespace=checkout?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "za117",
        "refusals",
        "A customer says the mobile-gateway was throwing errors yesterday afternoon. Was there a problem with it?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "za118",
        "refusals",
        "alrts prod-us-east-2 last 2h",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "za119",
        "refusals",
        "How many incidents did the marketplace project have this week?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "za120",
        "refusals",
        "What did olga.petrova@acme.io deploy to staging?",
        "ungrounded",
        NOW_AFTER,
    ),
]
