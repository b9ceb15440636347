"""The past incidents as their teams wrote them down: what fired, what was logged, what changed
before, the root cause and the fix, in each stack's own words.

:mod:`~signalcraft.sources.scenario.past` plays them in the weeks before the incident day.
Five are of the incident's family (:data:`~signalcraft.sources.scenario.incident.FAMILY`),
ten of five other families, two each (:data:`FAMILIES`).

>>> import random
>>> line("pq: sorry, too many clients already (client cli_{id})", random.Random(1))[:48]
'pq: sorry, too many clients already (client cli_'
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field

from signalcraft.sources.scenario.flags import Flag
from signalcraft.sources.scenario.incident import FAMILY, RULES
from signalcraft.sources.scenario.org import hexid

__all__ = ["CASES", "FAMILIES", "Case", "line"]

FAMILIES = (FAMILY, "disk-full", "certificate-expired", "oom-killed", "bad-feature-flag", "dns-failure")


@dataclass(frozen=True)
class Case:
    """One past incident as written down: what fired, what was logged, what changed, why, what fixed it."""

    slug: str
    family: str
    service: str
    alertname: str
    summary: str
    expr: str
    errors: tuple[tuple[str, str | None], ...]
    """Error lines (a ``str.format`` text filled per line, its ``exception.type``)."""
    root_cause: str
    fix: str
    version: str
    """What ran when it happened (the bad version, when a deploy caused it)."""
    previous: str | None = None
    """The version before: a deploy of ``version`` came shortly before the alert."""
    flag: Flag | None = None
    """A flag turned on before the alert (and off as the fix, when ``rollback``)."""
    config: tuple[str, str, str, str] | None = None
    """A config change before the alert: summary, key, old, new."""
    rollback: bool = False
    """The fix was a change: the rollback to ``previous``, or the flag turned off."""
    severity: str = "critical"
    labels: dict[str, str] = field(default_factory=dict)
    days_before: float | None = None
    """Pinned this many days before the incident day (the rest are spread over the weeks)."""


_BURN = RULES[("PaymentsAPIErrorBudgetBurn", "1h")]
_HIKARI = "java.sql.SQLTransientConnectionException"
CASES = (
    # -- the incident day's family: a deploy leaves the service short of database connections --------
    Case("payments-db-pool", FAMILY, "payments-api", "PaymentsAPIErrorBudgetBurn", _BURN[0], _BURN[1],
         (("HikariPool-1 - Connection is not available, request timed out after {wait}ms.", _HIKARI),
          ("Could not open JPA EntityManager for transaction; nested exception is "
           "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
           "org.springframework.transaction.CannotCreateTransactionException")),
         "v2.12.0 called fraud-scoring inside the payment transaction, holding its database connection across "
         "the HTTP call; HikariPool-1 ran out (Connection is not available, request timed out)",
         "rolled back to the previous version and raised maximumPoolSize",
         "v2.12.0", "v2.11.3", rollback=True, labels={"long_window": "1h", "short_window": "5m"}, days_before=31),
    Case("auth-login-db-pool", FAMILY, "auth-api", "LoginErrorRateHigh", "auth-api login failures above 5%",
         'sum(rate(auth_login_total{service="auth-api",outcome="error"}[5m]))'
         ' / sum(rate(auth_login_total{service="auth-api"}[5m])) > 0.05',
         (("HikariPool-1 - Connection is not available, request timed out after {wait}ms "
           "(total=10, active=10, idle=0, waiting={waiting})", _HIKARI),
          ("Login failed for session {session}: Could not open JDBC Connection for transaction",
           "org.springframework.transaction.CannotCreateTransactionException")),
         "v4.1.0 wrote a session-audit row inside the LDAP bind, holding a pooled connection for the whole "
         "bind; the Hikari pool of 10 drained at the morning login peak",
         "rolled back to the previous version and raised maximumPoolSize to 30",
         "v4.1.0", "v4.0.7", rollback=True),
    Case("user-profile-knex-pool", FAMILY, "user-profile", "DBPoolPendingAcquiresHigh",
         "user-profile requests are queueing for a database connection",
         'max(db_pool_pending_acquires{service="user-profile"}) > 5',
         (("GET /v1/users/usr_{id} failed: TimeoutError: ResourceRequest timed out", "TimeoutError"),
          ("Knex: Timeout acquiring a connection. The pool is probably full. "
           "Are you missing a .transacting(trx) call?", "KnexTimeoutError")),
         "v1.11.0 left a transaction open on the avatar-upload error path; leaked connections filled the "
         "knex pool (max 10) and every request queued for one",
         "rolled back to the previous version and raised the knex pool max to 25",
         "v1.11.0", "v1.10.4", rollback=True),
    Case("query-suggest-queuepool", FAMILY, "query-suggest", "HTTP5xxRatioHigh", "query-suggest 5xx ratio above 2%",
         'service:http_errors:ratio_rate1m{service="query-suggest"} > 0.02',
         (("QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 "
           "(Background on this error at: https://sqlalche.me/e/20/3o7r)", "sqlalchemy.exc.TimeoutError"),
          ("suggest lookup failed for prefix '{prefix}': no database connection available from the pool "
           "(request {hex})", "sqlalchemy.exc.TimeoutError")),
         "v0.8.0 opened a database session per suggestion candidate instead of per request; SQLAlchemy's "
         "QueuePool (size 5, overflow 10) ran dry at peak traffic",
         "rolled back to the previous version and raised pool_size to 20",
         "v0.8.0", "v0.7.6", rollback=True),
    Case("token-service-max-connections", FAMILY, "token-service", "PostgresqlTooManyConnections",
         "identity-db is running out of connections: over 90% of max_connections in use",
         'sum(pg_stat_activity_count{datname="tokens"}) > 0.9 * max(pg_settings_max_connections)',
         (("verify token for client cli_{id}: open db connection: pq: sorry, too many clients already",
           "*pq.Error"),
          ("refresh lease {uuid}: pq: remaining connection slots are reserved for non-replication "
           "superuser connections", "*pq.Error")),
         "v1.8.0 gave every verifier goroutine its own *sql.DB with no SetMaxOpenConns; identity-db hit "
         "max_connections (100) right after the deploy",
         "raised max_connections on identity-db to 300 and put pgbouncer (transaction pooling) in front of "
         "token-service", "v1.8.0", "v1.7.5", labels={"datname": "tokens"}),
    # -- other families ----------------------------------------------------------------------------------
    Case("indexer-data-full", "disk-full", "indexer", "NodeFilesystemAlmostOutOfSpace",
         "Filesystem /data on indexer-1 has less than 3% space left",
         'node_filesystem_avail_bytes{mountpoint="/data"} / node_filesystem_size_bytes{mountpoint="/data"} < 0.03',
         (("AuthorizationException(403, 'cluster_block_exception', 'index [products-v7] blocked by: "
           "[FORBIDDEN/12/index read-only / allow delete (api)];')", "elasticsearch.exceptions.AuthorizationException"),
          ("[Errno 28] No space left on device: '/data/exports/catalog-{n}.jsonl'", "OSError")),
         "snapshots of products-v7 were written to /data and never pruned; the disk passed Elasticsearch's "
         "flood-stage watermark and the index went read-only",
         "deleted old snapshots, added a snapshot retention policy and cleared the read-only block",
         "v0.15.3", labels={"instance": "indexer-1", "mountpoint": "/data", "device": "nvme1n1"}),
    Case("search-api-dumps-evicted", "disk-full", "search-api", "KubePodEvictedEphemeralStorage",
         "search-api pods evicted for exceeding their ephemeral storage",
         'sum by (namespace) (increase(kube_pod_status_reason{reason="Evicted",namespace="search"}[10m])) > 0',
         (('write /tmp/query-dumps/{uuid}.json: no space left on device', "*fs.PathError"),),
         "query debug dumps, switched on for an investigation and never off, filled the pods' emptyDir until "
         "the kubelet evicted them", "turned the query dumps off and capped the emptyDir with a 2Gi sizeLimit",
         "v1.28.0"),
    Case("auth-partner-sso-cert", "certificate-expired", "auth-api", "PartnerSSOHandshakeFailures",
         "auth-api TLS handshakes with the partner SSO gateway are failing",
         'rate(http_client_requests_seconds_count{service="auth-api",peer="partner-sso",outcome="ERROR"}[5m]) > 0.5',
         (('I/O error on POST request for "https://sso.partner-bank.example/oauth2/token": Received fatal '
           "alert: certificate_expired", "javax.net.ssl.SSLHandshakeException"),),
         "the mTLS client certificate auth-api presents to the partner SSO gateway expired: it had been "
         "issued by hand, outside cert-manager",
         "issued a new client certificate through cert-manager (renewed 30 days ahead) and restarted auth-api",
         "v4.0.7"),
    Case("payments-card-gateway-cert", "certificate-expired", "payments-api", "CardAuthorizationFailuresHigh",
         "payments-api card authorisations are failing",
         'sum(rate(payments_card_authorizations_total{service="payments-api",outcome="error"}[5m])) > 1',
         (('I/O error on POST request for "https://card-gateway.acme.internal/v1/authorizations": PKIX path '
           "validation failed: java.security.cert.CertPathValidatorException: validity check failed",
           "org.springframework.web.client.ResourceAccessException"),),
         "card-gateway's TLS certificate, issued by hand from the internal CA with a one-year validity, expired",
         "reissued card-gateway's certificate through cert-manager, renewed automatically from now on",
         "v2.11.3"),
    Case("search-api-facet-cache", "oom-killed", "search-api", "ContainerOOMKilled",
         "search-api container was OOM-killed",
         'increase(container_oom_events_total{container="search-api"}[5m]) > 0',
         (("runtime: out of memory: cannot allocate {bytes}-byte block ({used} in use)", None),
          ("fatal error: runtime: out of memory", None)),
         "v1.29.0 cached facet counts per query string with no bound; pods were OOM-killed at their 512Mi limit",
         "bounded the facet cache (LRU, 50k entries) in a patch release and raised the memory limit to 768Mi",
         "v1.29.0", "v1.28.0", labels={"container": "search-api"}),
    Case("indexer-catalog-in-memory", "oom-killed", "indexer", "ContainerOOMKilled",
         "indexer container was OOM-killed", 'increase(container_oom_events_total{container="indexer"}[5m]) > 0',
         (("Process 'ForkPoolWorker-{n}' pid:{pid} exited with 'signal 9 (SIGKILL)'", None),
          ("loading catalog export batch {n} failed", "MemoryError")),
         "v0.16.0 loaded the whole catalog export into memory before indexing; Celery workers were "
         "SIGKILLed at the 2Gi limit", "streamed the export in 5k-document batches instead of loading it whole",
         "v0.16.0", "v0.15.3", labels={"container": "indexer"}),
    Case("search-typo-tolerance-flag", "bad-feature-flag", "search-api", "SearchAPILatencySLOBreach",
         "search-api is missing its 300ms p95 latency objective",
         'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="search-api"}[5m])))'
         " > 0.3",
         (('search "{term}": elastic: Error 429 (Too Many Requests): rejected execution of search on node '
           "es-data-{n} [type=es_rejected_execution_exception]", "*elastic.Error"),),
         "the typo-tolerance-v2 flag, turned on for all traffic, expanded every query into dozens of fuzzy "
         "clauses; Elasticsearch's search thread pools saturated",
         "turned the typo-tolerance-v2 flag off; it goes back on at 5% with a clause limit", "v1.28.0",
         flag=Flag("search", "typo-tolerance-v2", "Typo tolerance v2", "search-api"), rollback=True),
    Case("user-profile-avatar-flag", "bad-feature-flag", "user-profile", "HTTP5xxRatioHigh",
         "user-profile 5xx ratio above 2%", 'service:http_errors:ratio_rate1m{service="user-profile"} > 0.02',
         (("GET /v1/users/usr_{id}: avatar-cdn-v2 returned no cdnUrl; Cannot read properties of undefined "
           "(reading 'cdnUrl')", "TypeError"),),
         "the avatar-cdn-v2 flag went on before the CDN bucket was filled; profile responses crashed on the "
         "missing cdnUrl", "turned the avatar-cdn-v2 flag off and backfilled the CDN bucket before trying again",
         "v1.10.4", flag=Flag("identity", "avatar-cdn-v2", "Avatar CDN v2", "user-profile"), rollback=True),
    Case("query-suggest-coredns", "dns-failure", "query-suggest", "SuggestCacheErrorsHigh",
         "query-suggest cannot reach its Redis cache",
         'rate(redis_client_errors_total{service="query-suggest"}[5m]) > 1',
         (("Error -3 connecting to redis-suggest.search.svc.cluster.local:6379. Temporary failure in name "
           "resolution.", "redis.exceptions.ConnectionError"),),
         "CoreDNS was down to one replica after the node-pool upgrade and dropped lookups under load",
         "scaled CoreDNS to 4 replicas with a PodDisruptionBudget and enabled NodeLocal DNSCache", "v0.7.6",
         severity="warning"),
    Case("token-service-dns-egress", "dns-failure", "token-service", "VaultLeaseRenewalFailures",
         "token-service cannot renew its Vault leases",
         'rate(vault_lease_renew_errors_total{service="token-service"}[5m]) > 0.1',
         (('renew lease: Put "https://vault.identity.svc.cluster.local:8200/v1/sys/leases/renew": dial tcp: '
           "lookup vault.identity.svc.cluster.local on 10.96.0.10:53: read udp {ip}:{port}->10.96.0.10:53: "
           "i/o timeout", "*url.Error"),),
         "a default-deny egress NetworkPolicy applied to the identity namespace also blocked DNS to kube-dns",
         "allowed egress to kube-dns on UDP and TCP 53 in the identity NetworkPolicy", "v1.7.5",
         config=("default-deny egress NetworkPolicy for identity", "networkpolicy.egress", "allow-all",
                 "default-deny")),
)


def line(text: str, words: random.Random) -> str:
    """``text`` with its ``{fields}`` drawn from ``words``."""
    return text.format_map(_Fill(words))


class _Fill(dict):
    """The variable parts of an error line, drawn as each is asked for."""

    _B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    _TERMS = ("trail+running+shoes", "wireless+earbuds", "standing+desk", "espresso+machine", "winter+jacket")

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> object:
        rng = self.rng
        value: object = {
            "wait": lambda: 30_000 + round(rng.expovariate(1 / 20)),
            "waiting": lambda: rng.randint(3, 40),
            "id": lambda: "".join(rng.choice(self._B62) for _ in range(12)),
            "session": lambda: "sess_" + "".join(rng.choice(self._B62) for _ in range(20)),
            "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "hex": lambda: hexid(rng, 16),
            "n": lambda: rng.randint(1, 9),
            "pid": lambda: rng.randint(20, 4000),
            "bytes": lambda: rng.choice((4_194_304, 8_388_608, 16_777_216)),
            "used": lambda: rng.randint(500, 530) * 1_048_576,
            "ip": lambda: f"10.42.{rng.randint(16, 31)}.{rng.randint(2, 250)}",
            "port": lambda: rng.randint(32768, 60999),
            "term": lambda: rng.choice(self._TERMS),
            "prefix": lambda: rng.choice(self._TERMS)[:rng.randint(2, 5)],
        }[key]()
        self[key] = value
        return value
