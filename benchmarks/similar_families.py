"""The words of the similar-incidents corpus: the teams, and the root-cause families as each
team would write them (see :mod:`similar_corpus`, which turns them into payloads).

A team (:class:`Team`) is one project: its language (English, German, Spanish or French in
alert annotations, change summaries and resolution notes), its stack (the log lines are
Java exceptions, Go errors, Node stack traces or Python tracebacks), its infrastructure,
its alert naming style, how it ships (GitHub deployments, Argo CD, PagerDuty change events
or SignalCraft's own change JSON), which alert tool posts (Alertmanager or Grafana), its
services, its label keys and its environment's spelling.

A family (:class:`Family`) is one root cause: which infrastructure it needs, what kind of
change (if any) came before it, which generic symptoms it fires (``errors``, ``latency``,
``crash``, ``lag``, ``availability``: the names every team gives its generic alerts, so
``HighErrorRate`` fires in most families), its own alert names per language, its texts per
language (English in three phrasings; a team keeps to one, :attr:`Team.variant`), its log
lines per stack and the files a causing change touches per stack.

Texts are ``str.format`` templates over the slots :mod:`similar_corpus` fills (``{service}``,
``{upstream}``, ``{partner}``, ``{host}``, ``{version}``, ``{file}``, ``{table}``, numbers such
as ``{n}``, ``{big}``, ``{ms}``, ``{id}``...). The last five families are the held-out ones
(:data:`HELD_OUT_FAMILIES`); whoever tunes retrieval on this corpus does not read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SQL, REDIS, KAFKA = "sql", "redis", "kafka"


@dataclass(frozen=True)
class Service:
    name: str
    role: str
    """``api``, ``gateway``, ``web``, ``worker``, ``consumer`` or ``batch``."""


@dataclass(frozen=True)
class Team:
    project: str
    lang: str
    stack: str
    infra: frozenset[str]
    naming: str
    """Key of :data:`SYMPTOM_NAMES`."""
    deploy: str
    """``github``, ``argocd``, ``pagerduty`` or ``native``."""
    alerts: str
    """``alertmanager`` or ``grafana``."""
    services: tuple[Service, ...]
    partners: tuple[tuple[str, str], ...]
    """External APIs: (name, host)."""
    labels: tuple[str, str, str]
    """The label keys naming project, environment and service (all in the default identity keys)."""
    environment: str
    org: str
    people: tuple[str, ...]
    variant: int
    topics: tuple[str, ...] = ()
    tables: tuple[str, ...] = ("orders", "customers", "invoices")
    db: str = "app"
    ticket: str = "OPS"


def _svc(*pairs: str) -> tuple[Service, ...]:
    return tuple(Service(*p.split(":")) for p in pairs)


TEAMS: tuple[Team, ...] = (
    Team("payments", "en", "java", frozenset({SQL, REDIS, KAFKA}), "camel", "github", "alertmanager",
         _svc("payment-gateway:api", "ledger-service:api", "fraud-scoring:api", "refund-worker:consumer",
              "card-vault:api", "settlement-batch:batch"),
         (("Stripe", "api.stripe.com"), ("Adyen", "checkout-live.adyen.com")), ("project", "environment", "service"),
         "production", "acme-pay", ("priya.nair", "tomas.ruiz", "kim.osei"), 0,
         ("payments.events", "ledger.entries"), ("payments", "ledger_entries", "refunds"), "payments_db", "PAY"),
    Team("storefront", "en", "node", frozenset({SQL, REDIS}), "web", "github", "grafana",
         _svc("web-bff:gateway", "cart-svc:api", "product-page:web", "checkout-ui:web", "search-proxy:api",
              "session-store:api"),
         (("Algolia", "acme-dsn.algolia.net"), ("Contentful", "cdn.contentful.com")), ("team", "env", "app"),
         "prod", "acme-shop", ("jess.wu", "arjun.mehta", "lena.fox"), 1,
         (), ("carts", "products", "sessions"), "storefront", "SHOP"),
    Team("logistik", "de", "go", frozenset({SQL, REDIS, KAFKA}), "de", "argocd", "alertmanager",
         _svc("lager-api:api", "versand-dienst:api", "tracking-gw:gateway", "routen-planer:worker",
              "sendungs-konsument:consumer", "etiketten-druck:batch"),
         (("DHL", "api-eu.dhl.com"), ("DPD", "api.dpd.de")), ("team", "env", "app"),
         "prod", "acme-logistik", ("j.becker", "a.schulz", "m.yilmaz"), 0,
         ("sendungen.events", "lager.bewegungen"), ("sendungen", "lagerplaetze", "touren"), "logistik", "LOG"),
    Team("catalogo", "es", "python", frozenset({SQL, REDIS}), "es", "pagerduty", "grafana",
         _svc("catalogo-api:api", "buscador:api", "importador-precios:worker", "imagenes-svc:api",
              "sincronizador-stock:batch"),
         (("MercadoLibre", "api.mercadolibre.com"), ("Cloudinary", "api.cloudinary.com")),
         ("project", "environment", "service"), "production", "acme-es", ("lucia.gomez", "pablo.ortega"), 0,
         (), ("productos", "precios", "categorias"), "catalogo", "CAT"),
    Team("streaming", "en", "python", frozenset({SQL, KAFKA}), "camel", "argocd", "alertmanager",
         _svc("events-ingest:api", "enricher:consumer", "sessionizer:consumer", "warehouse-loader:consumer",
              "schema-gateway:api"),
         (("Segment", "api.segment.io"), ("Snowflake", "acme.snowflakecomputing.com")),
         ("project", "environment", "job"),
         "production", "acme-data", ("nadia.k", "olu.ade", "sam.berg"), 2,
         ("clickstream.raw", "clickstream.enriched", "sessions.v1"), ("ingest_batches", "sessions", "load_jobs"),
         "warehouse_meta", "DATA"),
    Team("platform", "en", "go", frozenset(), "kube", "argocd", "alertmanager",
         _svc("ingress-gateway:gateway", "auth-proxy:gateway", "config-server:api", "feature-relay:api",
              "secrets-injector:api", "metrics-gateway:api"),
         (("GitHub", "api.github.com"), ("Okta", "acme.okta.com")), ("project", "environment", "service"),
         "production", "acme-platform", ("raj.iyer", "eva.lund"), 1, (), ("leases",), "platform", "PLAT"),
    Team("messaging", "en", "node", frozenset({SQL, REDIS, KAFKA}), "camel", "native", "alertmanager",
         _svc("push-sender:consumer", "email-composer:consumer", "sms-relay:api", "prefs-api:api",
              "template-renderer:api"),
         (("Twilio", "api.twilio.com"), ("SendGrid", "api.sendgrid.com")), ("team", "env", "service"),
         "prd", "acme-msg", ("chris.lee", "dana.roy"), 0,
         ("notifications.requested", "delivery.receipts"), ("preferences", "templates", "deliveries"),
         "messaging", "MSG"),
    Team("facturation", "fr", "java", frozenset({SQL, KAFKA}), "fr", "github", "alertmanager",
         _svc("facture-api:api", "relances-batch:batch", "paiements-sepa:api", "export-compta:batch",
              "ecritures-consommateur:consumer"),
         (("Chorus Pro", "api.piste.gouv.fr"), ("SEPA Connect", "api.sepa-connect.fr")),
         ("project", "environment", "service"), "production", "acme-fr", ("c.martin", "l.dubois"), 0,
         ("factures.emises", "paiements.recus"), ("factures", "relances", "ecritures"), "facturation", "FAC"),
)
OTHER_TEAMS: tuple[Team, ...] = tuple(t for t in TEAMS if t.project in ("payments", "logistik", "storefront",
                                                                         "catalogo"))
"""The second workspace's projects: the same names, services and words as four of the first's."""
HELD_OUT_PROJECTS = frozenset({"facturation"})
"""Queries of these projects are held out (their French vocabulary is not tuned on)."""

SYMPTOM_NAMES: dict[str, dict[str, str]] = {
    "camel": {"errors": "HighErrorRate", "latency": "HighLatency", "crash": "PodCrashLooping",
              "lag": "ConsumerLagHigh", "availability": "ServiceUnavailable"},
    "web": {"errors": "ErrorBudgetBurn", "latency": "p99SlowResponses", "crash": "container_restarts",
            "lag": "queue_backlog", "availability": "synthetic_check_failed"},
    "kube": {"errors": "HighErrorRate", "latency": "SlowResponsesP99", "crash": "KubePodCrashLooping",
             "lag": "KafkaConsumerGroupLag", "availability": "KubeDeploymentReplicasMismatch"},
    "de": {"errors": "FehlerrateHoch", "latency": "LatenzHoch", "crash": "PodNeustartSchleife",
           "lag": "VerarbeitungsRueckstand", "availability": "DienstNichtErreichbar"},
    "es": {"errors": "TasaDeErroresAlta", "latency": "LatenciaAlta", "crash": "ReiniciosEnBucle",
           "lag": "RetrasoProcesamiento", "availability": "ServicioCaido"},
    "fr": {"errors": "TauxErreursEleve", "latency": "LatenceElevee", "crash": "RedemarragesEnBoucle",
           "lag": "RetardTraitement", "availability": "ServiceIndisponible"},
}
SYMPTOM_TEXT: dict[str, dict[str, tuple[str, ...]]] = {
    "errors": {"en": ("{service} 5xx ratio above {thr}% for 5m", "Error rate of {service} is {val}%",
                      "{service} is failing requests"),
               "de": ("Fehlerquote von {service} über {thr} % seit 5 Minuten",),
               "es": ("Tasa de errores de {service} por encima del {thr} %",),
               "fr": ("Taux d'erreurs de {service} supérieur à {thr} %",)},
    "latency": {"en": ("p99 latency of {service} above {lat}ms", "{service} responding slowly (p99 {lat}ms)",
                       "{service} latency SLO at risk"),
                "de": ("Antwortzeit p99 von {service} über {lat} ms",),
                "es": ("Latencia p99 de {service} por encima de {lat} ms",),
                "fr": ("Latence p99 de {service} au-dessus de {lat} ms",)},
    "crash": {"en": ("{service} pods restarting repeatedly", "Pod {pod} is crash looping",
                     "{service} container restarts above threshold"),
              "de": ("Pods von {service} starten ständig neu",),
              "es": ("Los pods de {service} se reinician continuamente",),
              "fr": ("Les pods de {service} redémarrent en boucle",)},
    "lag": {"en": ("{service} is falling behind on {topic}", "Processing delay of {service} above 5 minutes",
                   "Backlog of {service} growing"),
            "de": ("{service} hängt bei {topic} hinterher",),
            "es": ("{service} acumula retraso en {topic}",),
            "fr": ("{service} prend du retard sur {topic}",)},
    "availability": {"en": ("{service} availability below SLO", "{service} endpoint down",
                            "{service} has unavailable replicas"),
                     "de": ("Verfügbarkeit von {service} unter SLO",),
                     "es": ("Disponibilidad de {service} por debajo del SLO",),
                     "fr": ("Disponibilité de {service} sous le SLO",)},
}
VALUE_TEXT = {"en": "Current value: {val}. Dashboard: https://grafana.{org}.io/d/{service}",
              "de": "Aktueller Wert: {val}. Dashboard: https://grafana.{org}.io/d/{service}",
              "es": "Valor actual: {val}. Panel: https://grafana.{org}.io/d/{service}",
              "fr": "Valeur actuelle : {val}. Tableau de bord : https://grafana.{org}.io/d/{service}"}
SEVERITY = {"errors": "critical", "latency": "warning", "crash": "critical", "lag": "warning",
            "availability": "critical"}

BENIGN_COMMITS = {
    "en": ("Bump dependencies", "Add tracing spans to {service} handlers", "Fix typo in error message",
           "Refactor request mapper", "Update README and runbook links", "Add metrics for cache hits",
           "Tidy logging in {service}", "Upgrade base image to the latest patch release"),
    "de": ("Abhängigkeiten aktualisiert", "Tracing für {service} ergänzt", "Tippfehler in Fehlermeldung behoben",
           "Mapper refaktoriert", "Basis-Image aktualisiert"),
    "es": ("Actualizar dependencias", "Añadir trazas a {service}", "Corregir errata en mensaje de error",
           "Refactorizar el mapeador", "Actualizar imagen base"),
    "fr": ("Mise à jour des dépendances", "Ajout de traces dans {service}", "Correction d'une faute dans un message",
           "Refactorisation du mapper", "Mise à jour de l'image de base"),
}
BENIGN_FLAGS = ("dark-mode", "new-footer", "beta-banner", "faster-thumbnails", "holiday-theme")
FLAG_COMMENT = {"en": "ramp to 100%", "de": "Ausrollen auf 100 %", "es": "activar para todos",
                "fr": "activation pour tous"}

INFO_LINES = {
    "java": ("Completed GET /api/v1/{res}/{id} with status 200 in {ms}ms", "HikariPool-1 - Pool stats (total={n}, "
             "active={n}, idle={n}, waiting=0)", "Scheduled job reconcile finished in {ms}ms"),
    "go": ('level=info msg="request completed" method=GET path=/api/v1/{res}/{id} status=200 duration={ms}ms',
           'level=info msg="cache refreshed" entries={big} took={ms}ms'),
    "node": ("GET /api/{res}/{id} 200 {ms} ms - {big}", "info: session refreshed for user {id} in {ms}ms"),
    "python": ('{ip} - - "GET /api/{res}/{id} HTTP/1.1" 200 {big}', "INFO task sync_batch succeeded in {ms}ms"),
}
STARTED = {"java": "Started {service} {version} in {n}.{n} seconds (process running for {n}.{n})",
           "go": 'level=info msg="starting {service}" version={version} listen=:8080',
           "node": "{service}@{version} listening on port 3000",
           "python": "[INFO] Booting worker with pid: {pid} ({service} {version})"}
TRACES = {
    "java": "\n\tat com.{pkgorg}.{pkg}.{cls}.handle({cls}.java:{n})"
            "\n\tat com.{pkgorg}.{pkg}.web.Router.dispatch(Router.java:{n})",
    "node": "\n    at {cls}.handle (/app/dist/{pkg}/{cls}.js:{n}:{n})\n    at process.processTicksAndRejections "
            "(node:internal/process/task_queues:95:5)",
    "python": "Traceback (most recent call last):\n  File \"/app/{pkg}/handlers.py\", line {n}, in handle\n"
              "    return self.{cls}(request)\n",
}
"""What a stack adds to a share of its error lines: Java and Node frames after, a Python traceback head before."""


@dataclass(frozen=True)
class Text:
    """A family's words in one language; English has alternatives (one per team variant)."""

    alert: tuple[str, ...]
    cause: tuple[str, ...]
    fix: tuple[str, ...]
    commit: tuple[str, ...] = ()
    config: tuple[str, ...] = ()


def _t(alert, cause, fix, commit=(), config=()) -> Text:
    def tup(x: str | tuple[str, ...]) -> tuple[str, ...]:
        return (x,) if isinstance(x, str) else tuple(x)

    return Text(tup(alert), tup(cause), tup(fix), tup(commit), tup(config))


@dataclass(frozen=True)
class Family:
    key: str
    needs: frozenset[str]
    change: str
    """``deploy``, ``flag``, ``config``, ``upstream_deploy`` or ``none``."""
    symptoms: tuple[str, ...]
    names: dict[str, tuple[str, ...]]
    """Language -> the family's own alert names (a team picks one)."""
    text: dict[str, Text]
    logs: dict[str, tuple[str, ...]]
    """Stack -> error log templates; the first is the most frequent."""
    files: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[str, ...] = ()
    """Service roles it strikes, when the team has them (none: any)."""


def _family(key, needs, change, symptoms, names, en, de, es, fr, logs, files=None, roles=()) -> Family:
    names = {lang: (n,) if isinstance(n, str) else tuple(n) for lang, n in names.items()}
    return Family(key, frozenset(needs), change, tuple(symptoms), names,
                  {"en": _t(*en), "de": _t(*de), "es": _t(*es), "fr": _t(*fr)}, logs, files or {}, roles)


_CONFIG_FILES = {"java": ("src/main/resources/application-prod.yml",), "go": ("config/config.yaml",),
                 "node": ("config/production.yaml",), "python": ("config/settings.yaml",)}

FAMILIES: tuple[Family, ...] = (
    _family(
        "db_pool_exhausted", {SQL}, "deploy", ("latency", "errors"),
        {"en": ("DBConnectionPoolExhausted", "DatabasePoolSaturated", "ConnectionPoolWaitHigh"),
         "de": "DBVerbindungspoolErschoepft", "es": "PoolDeConexionesAgotado", "fr": "PoolConnexionsEpuise"},
        (("{service}: no idle database connections, threads waiting for a connection",
          "Connection pool of {service} at 100% utilisation",
          "{service} waits on the DB pool for more than 5s"),
         ("{version} lowered the connection pool size of {service} to {n}; under normal load every connection was "
          "busy and requests queued until they timed out",
          "Pool exhaustion: the release cut the max pool size to {n} connections per pod, far below peak concurrency",
          "Too few DB connections after the change to {file}: the pool maxed out and callers timed out waiting"),
         ("Rolled back {service} and restored the pool size to 40; added an alert on pool wait time",
          "Reverted the pool change in {file} and redeployed; pool usage back under 50%",
          "Raised the maximum pool size back to 30 and rolled out; connection waits dropped to zero"),
         ("Lower DB pool max size to {n} to fit the connection budget", "Tune connection pool: maxPoolSize {n}")),
        ("Keine freien DB-Verbindungen im Pool von {service}",
         "Release {version} hat die Poolgröße von {service} auf {n} Verbindungen reduziert; unter Last waren alle "
         "Verbindungen belegt und Anfragen liefen in Timeouts",
         "Rollback von {service}, Poolgröße wieder auf 40 gesetzt, Alarm auf Wartezeit im Pool ergänzt",
         "Verbindungspool auf {n} Verbindungen verkleinert"),
        ("Sin conexiones libres en el pool de base de datos de {service}",
         "La versión {version} redujo el pool de conexiones de {service} a {n}; con carga normal se agotaron las "
         "conexiones y las peticiones expiraban esperando",
         "Se revirtió {service} y se restauró el tamaño del pool a 40; alerta sobre el tiempo de espera del pool",
         "Reducir el pool de conexiones a {n}"),
        ("Plus aucune connexion libre dans le pool de {service}",
         "La version {version} a réduit le pool de connexions de {service} à {n} ; sous charge normale toutes les "
         "connexions étaient occupées et les requêtes expiraient en attente",
         "Retour arrière de {service}, taille du pool remise à 40, alerte sur le temps d'attente du pool",
         "Réduction du pool de connexions à {n}"),
        {"java": ("HikariPool-1 - Connection is not available, request timed out after {ms}ms (total={n}, active={n}, "
                  "idle=0, waiting={big})",
                  "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested "
                  "exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available"),
         "go": ("db.QueryContext: context deadline exceeded while waiting for a free connection (open={n}/{n} "
                "in_use={n} wait_count={big})", "Error 1040: Too many connections"),
         "node": ("KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing "
                  "a .transacting(trx) call?",
                  "Error: timeout exceeded when trying to connect (pool totalCount={n}, idleCount=0, "
                  "waitingCount={big})"),
         "python": ("sqlalchemy.exc.TimeoutError: QueuePool limit of size {n} overflow {n} reached, connection timed "
                    "out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/14/3o7r)",
                    "django.db.utils.OperationalError: FATAL:  remaining connection slots are reserved for "
                    "non-replication superuser connections")},
        {"java": ("config/hikari.properties", "src/main/resources/application.yml"),
         "go": ("internal/db/pool.go", "config/db.yaml"), "node": ("src/db/knexfile.js", "config/database.json"),
         "python": ("app/settings/production.py", "db/pool.yaml")},
    ),
    _family(
        "cert_expired", set(), "none", ("errors", "availability"),
        {"en": ("TLSCertificateExpired", "SSLCertExpiringSoon", "CertificateExpiry"),
         "de": "ZertifikatAbgelaufen", "es": "CertificadoCaducado", "fr": "CertificatExpire"},
        (("TLS certificate used by {service} for {host} has expired", "Certificate for {host} expires in 0 days",
          "x509 handshake failures from {service}"),
         ("The TLS certificate for {host} expired; the cert-manager renewal had been failing silently since the ACME "
          "DNS challenge credentials were removed",
          "Expired client certificate used by {service} for mutual TLS with {partner}; the renewal reminder went to "
          "an unmonitored mailbox",
          "The certificate on the endpoint {host} was not renewed and expired, so every TLS handshake from {service} "
          "failed"),
         ("Issued a new certificate and restarted the ingress; added expiry alerting at 21 days",
          "Renewed the client certificate, uploaded it to the secret store and restarted {service}",
          "Fixed the cert-manager issuer credentials and forced a renewal")),
        ("TLS-Zertifikat von {host} ist abgelaufen",
         "Das Zertifikat für {host} ist abgelaufen; die automatische Erneuerung durch cert-manager schlug seit "
         "Wochen fehl",
         "Zertifikat erneuert, Ingress neu gestartet, Ablaufwarnung ab 21 Tagen eingerichtet"),
        ("El certificado TLS de {host} ha caducado",
         "El certificado de {host} caducó; la renovación automática de cert-manager llevaba semanas fallando",
         "Se renovó el certificado y se reinició el ingress; alerta de caducidad a 21 días"),
        ("Le certificat TLS de {host} a expiré",
         "Le certificat de {host} a expiré ; le renouvellement automatique par cert-manager échouait depuis des "
         "semaines",
         "Certificat renouvelé, ingress redémarré, alerte d'expiration à 21 jours ajoutée"),
        {"java": ("javax.net.ssl.SSLHandshakeException: PKIX path validation failed: "
                  "java.security.cert.CertPathValidatorException: validity check failed",
                  "Caused by: java.security.cert.CertificateExpiredException: NotAfter: {date}"),
         "go": ('Post "https://{host}/v1/charges": x509: certificate has expired or is not yet valid: current time '
                "{ts} is after {date}", "http: TLS handshake error from {ip}:{port}: remote error: tls: expired "
                "certificate"),
         "node": ("Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) code: "
                  "'CERT_HAS_EXPIRED'", "FetchError: request to https://{host}/api failed, reason: certificate has "
                  "expired"),
         "python": ("requests.exceptions.SSLError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded "
                    "with url: /v2/items (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
                    "CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired "
                    "(_ssl.c:1007)')))",)},
    ),
    _family(
        "disk_full", set(), "none", ("errors", "crash"),
        {"en": ("NodeFilesystemAlmostOutOfSpace", "DiskSpaceLow", "VolumeFull"),
         "de": "FestplatteFastVoll", "es": "DiscoCasiLleno", "fr": "DisqueQuasiPlein"},
        (("Filesystem on {pod} has less than 3% space left", "Volume {volume} of {service} is {pct}% full",
          "PVC {volume} almost out of space"),
         ("The data volume of {service} filled up: verbose request logging left on after a debug session wrote {big} "
          "MB per hour and log rotation was not configured for the new path",
          "Disk full on {service}: temporary export files in /var/tmp were never cleaned up and consumed the whole "
          "volume",
          "The persistent volume ran out of space because old segment files were kept after the retention setting "
          "was changed by mistake"),
         ("Deleted old logs, enabled logrotate for /var/log/app, reset the log level to INFO",
          "Cleaned up /var/tmp, added a cleanup cron job and grew the PVC to 100Gi",
          "Expanded the volume and fixed the retention setting")),
        ("Datenträger von {service} zu {pct} % belegt",
         "Das Datenvolume von {service} lief voll: nach einer Fehlersuche blieb Debug-Logging aktiv und die "
         "Logrotation fehlte",
         "Alte Logs gelöscht, Logrotation eingerichtet, Loglevel zurück auf INFO"),
        ("El volumen de {service} está al {pct} %",
         "El disco de {service} se llenó: quedó activado el log en modo debug tras una investigación y no había "
         "rotación de logs",
         "Se borraron logs antiguos, se configuró logrotate y se volvió al nivel INFO"),
        ("Le volume de {service} est rempli à {pct} %",
         "Le disque de {service} s'est rempli : les logs en mode debug sont restés activés après une analyse et la "
         "rotation n'était pas configurée",
         "Anciens logs supprimés, logrotate configuré, niveau de log remis à INFO"),
        {"java": ("java.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes"
                  "(Native Method)", "Failed to write spool file /data/{service}/spool/{id}.tmp: No space left on "
                  "device"),
         "go": ("write /var/lib/{service}/segments/{id}.log: no space left on device",
                "failed to flush buffer: write /data/wal/{n}: no space left on device"),
         "node": ("Error: ENOSPC: no space left on device, write '/var/log/app/{service}.log'",
                  "Error: ENOSPC: no space left on device, open '/tmp/render-{id}.html'"),
         "python": ("OSError: [Errno 28] No space left on device: '/tmp/export-{id}.csv'",
                    "logging error: [Errno 28] No space left on device")},
    ),
    _family(
        "memory_leak_oom", set(), "deploy", ("crash", "latency"),
        {"en": ("KubePodOOMKilled", "ContainerOOMKilled", "MemoryUsageHigh"),
         "de": "SpeicherErschoepft", "es": "MemoriaAgotada", "fr": "MemoireSaturee"},
        (("{service} containers OOMKilled {n} times in 15m", "Memory of {pod} at {pct}% of its limit and rising",
          "{service} restarted after exceeding its memory limit"),
         ("Memory leak introduced in {version}: a per-request cache in {file} was never evicted and the heap grew "
          "until the container was OOMKilled every ~40 minutes",
          "Release {version} kept every response body in an in-memory map for metrics; memory grew linearly until "
          "the pods were OOM-killed",
          "Unbounded listener registration added in {version} leaked memory; pods hit their limit and the kernel OOM "
          "killer ended them"),
         ("Rolled back to the previous version, then bounded the cache with a size limit and TTL",
          "Reverted the leaking change; added a heap usage alert at 80%",
          "Rollback; heap dump analysed and the fix shipped in the next release"),
         ("Cache enriched responses in memory to cut latency", "Keep per-request context for metrics labels")),
        ("{service} wegen Speicherlimit beendet (OOMKilled)",
         "Speicherleck in {version}: ein Cache in {file} wurde nie geleert, der Heap wuchs bis zum OOMKill",
         "Rollback auf die Vorversion, danach Cache mit Größenlimit und TTL", "Antworten im Speicher cachen"),
        ("{service} terminado por falta de memoria (OOMKilled)",
         "Fuga de memoria en {version}: una caché en {file} nunca se vaciaba y el heap crecía hasta el OOMKill",
         "Rollback a la versión anterior y caché con límite de tamaño y TTL", "Cachear respuestas en memoria"),
        ("{service} tué pour dépassement mémoire (OOMKilled)",
         "Fuite mémoire dans {version} : un cache dans {file} n'était jamais vidé, le tas grossissait jusqu'à "
         "l'OOMKill",
         "Retour à la version précédente puis cache borné avec TTL", "Mise en cache des réponses en mémoire"),
        {"java": ("java.lang.OutOfMemoryError: Java heap space\n\tat "
                  "java.base/java.util.Arrays.copyOf(Arrays.java:3512)",
                  "GC overhead: Pause Full (G1 Compaction Pause) {mb}M->{mb}M({mb}M) {ms}ms"),
         "go": ("fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({id}, 0x16)",
                "memory usage {mb}MiB exceeds soft limit {mb}MiB, GC running continuously"),
         "node": ("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
                  "heap used {mb} MB of {mb} MB, event loop delay {ms}ms"),
         "python": ("Worker (pid:{pid}) was sent SIGKILL! Perhaps out of memory?",
                    "MemoryError: unable to allocate {mb} MiB for response buffer")},
        {"java": ("src/main/java/com/acme/cache/ResponseCache.java",), "go": ("internal/cache/responses.go",),
         "node": ("src/cache/responseCache.ts",), "python": ("app/cache/responses.py",)},
    ),
    _family(
        "bad_flag_rollout", set(), "flag", ("errors",),
        {},
        (("{service} errors on the new code path",),
         ("Turning on the {flag} flag for 100% of traffic enabled an unfinished code path in {service} that throws on "
          "records without a shipping address",
          "The {flag} rollout went straight from 5% to 100%; the new path dereferenced a field that legacy records do "
          "not have",
          "Feature flag {flag} was enabled in production before the dependent migration ran; every request on the new "
          "path failed"),
         ("Turned {flag} off in LaunchDarkly; errors stopped within a minute. Re-enable with a staged rollout after "
          "the fix",
          "Killed the flag, fixed the null handling, rolled out again at 10%",
          "Disabled the flag and added a guard; rollouts now require staged percentages")),
        ("Fehler im neuen Codepfad von {service}",
         "Das Aktivieren des Flags {flag} für 100 % des Traffics schaltete einen unfertigen Codepfad in {service} "
         "frei",
         "Flag {flag} in LaunchDarkly deaktiviert; Fehler sofort weg, danach schrittweises Ausrollen"),
        ("Errores en el nuevo camino de código de {service}",
         "Activar el flag {flag} para el 100 % del tráfico habilitó un camino de código sin terminar en {service}",
         "Se desactivó el flag {flag} en LaunchDarkly; los errores cesaron en un minuto"),
        ("Erreurs sur le nouveau chemin de code de {service}",
         "L'activation du flag {flag} pour 100 % du trafic a ouvert un chemin de code inachevé dans {service}",
         "Flag {flag} désactivé dans LaunchDarkly ; les erreurs ont cessé en une minute"),
        {"java": ('java.lang.NullPointerException: Cannot invoke "com.acme.model.Address.getCountry()" because the '
                  'return value of "com.acme.model.Order.getShippingAddress()" is null',
                  "Unhandled exception on feature path {flag}: IllegalStateException: pricing context not initialised"),
         "go": ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: "
                "segmentation violation code=0x1 addr=0x18 pc={id}]", "handler error on flagged path {flag}: quote "
                "is nil"),
         "node": ("TypeError: Cannot read properties of undefined (reading 'country')\n    at buildQuote "
                  "(/app/dist/features/{flag}.js:{n}:{n})", "feature {flag} handler failed: shippingAddress is "
                  "undefined"),
         "python": ("AttributeError: 'NoneType' object has no attribute 'country'",
                    "feature {flag} enabled: new pipeline raised KeyError: 'shipping_address'")},
    ),
    _family(
        "dns_failure", set(), "none", ("errors", "latency"),
        {"en": ("DNSResolutionFailures", "CoreDNSErrorsHigh", "DNSLookupLatencyHigh"),
         "de": "DNSAufloesungFehler", "es": "FallosResolucionDNS", "fr": "EchecsResolutionDNS"},
        (("{service} cannot resolve {host}", "CoreDNS SERVFAIL rate above 5%", "DNS lookups from {service} timing out"),
         ("CoreDNS was overloaded after the node pool scale-down left a single replica; lookups from {service} timed "
          "out, and ndots:5 multiplied every query by five",
          "A forward zone for the internal domain was removed from the resolver config, so {host} returned NXDOMAIN",
          "Conntrack races on UDP DNS packets caused intermittent 5 s lookup timeouts for {service}"),
         ("Scaled CoreDNS to 4 replicas with a PodDisruptionBudget and set ndots:2 for {service}",
          "Restored the forward zone and flushed the resolver caches",
          "Enabled NodeLocal DNSCache; the timeouts are gone")),
        ("{service} kann {host} nicht auflösen",
         "CoreDNS war überlastet, nachdem nur noch ein Replikat lief; DNS-Anfragen von {service} liefen in Timeouts",
         "CoreDNS auf 4 Replikate skaliert und ndots:2 gesetzt"),
        ("{service} no puede resolver {host}",
         "CoreDNS quedó sobrecargado con una sola réplica y las consultas DNS de {service} expiraban",
         "Se escaló CoreDNS a 4 réplicas y se fijó ndots:2"),
        ("{service} n'arrive pas à résoudre {host}",
         "CoreDNS était surchargé avec une seule réplique ; les requêtes DNS de {service} expiraient",
         "CoreDNS passé à 4 réplicas et ndots:2 configuré"),
        {"java": ("java.net.UnknownHostException: {host}: Temporary failure in name resolution",
                  "I/O error on POST request for \"https://{host}/v1\": {host}; nested exception is "
                  "java.net.UnknownHostException"),
         "go": ("dial tcp: lookup {host} on 10.96.0.10:53: read udp {ip}:{port}->10.96.0.10:53: i/o timeout",
                "dial tcp: lookup {host}: no such host"),
         "node": ("Error: getaddrinfo EAI_AGAIN {host}\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] "
                  "(node:dns:107:26)", "Error: getaddrinfo ENOTFOUND {host}"),
         "python": ("socket.gaierror: [Errno -3] Temporary failure in name resolution",
                    "urllib3.exceptions.NameResolutionError: Failed to resolve '{host}' ([Errno -2] Name or service "
                    "not known)")},
    ),
    _family(
        "upstream_rate_limit", set(), "deploy", ("errors",),
        {"en": ("UpstreamRateLimited", "Partner429Rate", "ThirdPartyThrottling"),
         "de": "DrosselungDurchPartner", "es": "LimiteDeTasaProveedor", "fr": "LimitationDebitFournisseur"},
        (("{partner} API answering 429 to {service}", "More than 10% of calls to {partner} throttled",
          "{service} hitting the {partner} rate limit"),
         ("{version} dropped request batching for {partner}, multiplying calls per order by {n}; {partner} throttled "
          "us with 429 Too Many Requests",
          "We exceeded the {partner} API quota of {big} requests/min: the new sync job shared the API key of live "
          "traffic",
          "{partner} lowered our rate limit tier and {service} had no client-side throttling, so bursts went past it"),
         ("Restored batching and added a token bucket limiter at 80% of the quota",
          "Moved the sync job to its own API key and capped it at 20 rps",
          "Asked {partner} to restore the tier; added client-side rate limiting that honours Retry-After"),
         ("Call {partner} per item instead of batching for fresher prices",
          "Simplify {partner} client: one request per line item")),
        ("{partner}-API antwortet {service} mit 429",
         "{version} hat das Batching für {partner} entfernt; die Aufrufe vervielfachten sich und {partner} drosselte "
         "mit 429 Too Many Requests",
         "Batching wiederhergestellt, clientseitiges Rate-Limit bei 80 % des Kontingents",
         "{partner} pro Position statt im Batch aufrufen"),
        ("La API de {partner} responde 429 a {service}",
         "{version} eliminó el batching hacia {partner}; las llamadas se multiplicaron y {partner} nos limitó con 429 "
         "Too Many Requests",
         "Se restauró el batching y se añadió un limitador al 80 % de la cuota",
         "Llamar a {partner} por artículo en lugar de por lotes"),
        ("L'API {partner} répond 429 à {service}",
         "{version} a supprimé le regroupement des appels vers {partner} ; {partner} nous a limités avec des 429 Too "
         "Many Requests",
         "Regroupement rétabli et limiteur côté client à 80 % du quota",
         "Appeler {partner} par ligne au lieu de par lot"),
        {"java": ('feign.FeignException$TooManyRequests: [429 Too Many Requests] during [POST] to '
                  '[https://{host}/v1/quotes] [PartnerClient#quote(QuoteRequest)]: [{{"error":"rate_limit_exceeded"}}]',
                  "Rate limited by {partner}, backing off {n}s (Retry-After)"),
         "go": ("{partner} client: unexpected status 429 Too Many Requests (retry-after={n}s) for POST "
                "https://{host}/v1/quotes",),
         "node": ("HTTPError: Response code 429 (Too Many Requests) from https://{host}/v1/quotes, retry-after: {n}",),
         "python": ("requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: "
                    "https://{host}/v1/quotes",)},
        {"java": ("src/main/java/com/acme/partner/PartnerClient.java",), "go": ("internal/partner/client.go",),
         "node": ("src/clients/partner.ts",), "python": ("app/clients/partner.py",)},
    ),
    _family(
        "cache_stampede", {REDIS, SQL}, "deploy", ("latency", "errors"),
        {"en": ("CacheHitRatioLow", "CacheMissSpike", "DatabaseLoadHigh"),
         "de": "CacheTrefferquoteNiedrig", "es": "TasaAciertosCacheBaja", "fr": "TauxSuccesCacheFaible"},
        (("Cache hit ratio of {service} dropped to {pct}%", "Redis misses spiking for {service}",
          "Database CPU at {pct}% after cache misses"),
         ("{version} changed the cache key prefix, invalidating every key at once; the stampede of misses from "
          "{service} overloaded the database",
          "A FLUSHALL on the shared Redis during maintenance emptied the cache; every request of {service} went to "
          "the database at once (thundering herd)",
          "All hot keys were written with the same TTL and expired together; the cache stampede pushed DB CPU to "
          "100%"),
         ("Rolled back the key prefix change, then rolled it out with a gradual warm-up",
          "Warmed the cache from a replica, added request coalescing and jittered TTLs",
          "Added TTL jitter and single-flight loading for hot keys"),
         ("Bump cache key version to v{n} for the new serializer", "Namespace cache keys by schema version")),
        ("Cache-Trefferquote von {service} auf {pct} % gefallen",
         "{version} änderte das Präfix der Cache-Keys; alle Einträge waren auf einmal ungültig und der Ansturm von "
         "Cache-Misses überlastete die Datenbank",
         "Rollback, danach Cache vorgewärmt, Request-Coalescing und TTL-Jitter eingeführt",
         "Cache-Key-Version auf v{n} erhöht"),
        ("La tasa de aciertos de caché de {service} cayó al {pct} %",
         "{version} cambió el prefijo de las claves de caché; todas se invalidaron a la vez y la avalancha de fallos "
         "de caché saturó la base de datos",
         "Rollback, precalentamos la caché y añadimos coalescencia de peticiones y TTL con jitter",
         "Subir la versión de las claves de caché a v{n}"),
        ("Le taux de succès du cache de {service} est tombé à {pct} %",
         "{version} a changé le préfixe des clés de cache ; toutes ont été invalidées d'un coup et l'afflux de cache "
         "miss a saturé la base",
         "Retour arrière, cache préchauffé, regroupement des requêtes et TTL avec gigue",
         "Version des clés de cache passée à v{n}"),
        {"java": ("cache MISS for key product:{id}, loading from database (inflight={n})",
                  "org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout"),
         "go": ("cache miss key=product:{id} loading from mysql (inflight={n})",
                "Error 3024 (HY000): Query execution was interrupted, maximum statement execution time exceeded"),
         "node": ("cache miss for product:{id}, fetching from db ({n} pending)",
                  "error: canceling statement due to statement timeout"),
         "python": ("cache miss for key 'product:{id}', recomputing (concurrent={n})",
                    "django.db.utils.OperationalError: canceling statement due to statement timeout")},
        {"java": ("src/main/java/com/acme/cache/CacheKeys.java",), "go": ("internal/cache/keys.go",),
         "node": ("src/cache/keys.ts",), "python": ("app/cache/keys.py",)},
    ),
    _family(
        "kafka_consumer_lag", {KAFKA}, "deploy", ("lag",),
        {"en": ("KafkaConsumerLagHigh", "ConsumerGroupLag", "EventsProcessingDelayed"),
         "de": "KafkaVerzoegerungHoch", "es": "RetrasoConsumidorKafka", "fr": "RetardConsommateurKafka"},
        (("Consumer group {service} is {big} messages behind on {topic}", "Lag of {service} on {topic} growing for 15m",
          "Events on {topic} processed {n} minutes late"),
         ("{version} added a synchronous lookup per message in {service}; processing time went from 2 ms to 80 ms and "
          "the consumer group fell behind on {topic}",
          "The new build of {service} committed offsets per message instead of per batch; throughput dropped by 90% "
          "and lag piled up",
          "A slower serializer in {version} made each poll loop exceed max.poll.interval.ms; the group kept "
          "rebalancing and lag grew"),
         ("Rolled back {service}; lag drained in 25 minutes. The lookup moved to a batched cache",
          "Restored batch commits and scaled the consumers up to one per partition",
          "Reverted the serializer change and raised max.poll.interval.ms"),
         ("Enrich events with customer tier before publishing", "Commit offsets after each record for safety")),
        ("Consumer-Gruppe {service} liegt {big} Nachrichten hinter {topic}",
         "{version} hat pro Nachricht einen synchronen Lookup in {service} eingeführt; die Verarbeitung wurde 40-mal "
         "langsamer und die Consumer-Gruppe fiel bei {topic} zurück",
         "Rollback von {service}; der Rückstand war nach 25 Minuten abgebaut, Lookup jetzt gebündelt über einen Cache",
         "Events vor dem Veröffentlichen mit Kundenstufe anreichern"),
        ("El grupo de consumidores {service} lleva {big} mensajes de retraso en {topic}",
         "{version} añadió una consulta síncrona por mensaje en {service}; el procesamiento se volvió 40 veces más "
         "lento y el grupo de consumidores se quedó atrás en {topic}",
         "Rollback de {service}; el retraso se vació en 25 minutos y la consulta pasó a una caché por lotes",
         "Enriquecer eventos con el nivel del cliente antes de publicarlos"),
        ("Le groupe de consommateurs {service} a {big} messages de retard sur {topic}",
         "{version} a ajouté une recherche synchrone par message dans {service} ; le traitement est devenu 40 fois "
         "plus lent et le groupe de consommateurs a pris du retard sur {topic}",
         "Retour arrière de {service} ; le retard s'est résorbé en 25 minutes, recherche désormais groupée en cache",
         "Enrichir les événements avec le niveau client avant publication"),
        {"java": ("[Consumer clientId={service}-{n}, groupId={service}] consumer poll timeout has expired. This means "
                  "the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms",
                  "org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since "
                  "the consumer is not part of an active group for auto partition assignment"),
         "go": ("processing {topic}[{n}]@{big} took {ms}ms (slow consumer, lag={big})",
                "kafka: consumer group {service} rebalancing, partition {topic}/{n} revoked"),
         "node": ("slow batch on {topic} partition {n}: {big} messages in {ms}ms",
                  "[Runner] The group is rebalancing, re-joining groupId={service} memberId={service}-{uuid}"),
         "python": ('confluent_kafka.KafkaException: KafkaError{{code=_MAX_POLL_EXCEEDED,val=-147,str="Application '
                    'maximum poll interval (300000ms) exceeded by {ms}ms"}}',
                    "consumer lag on {topic}[{n}] is {big} messages")},
        {"java": ("src/main/java/com/acme/events/EventEnricher.java",), "go": ("internal/consumer/handler.go",),
         "node": ("src/consumers/handler.ts",), "python": ("app/consumers/enrich.py",)},
        roles=("consumer",),
    ),
    _family(
        "migration_lock", {SQL}, "deploy", ("latency", "errors"),
        {"en": ("DatabaseLockWaits", "PostgresBlockedQueries", "LongRunningMigration"),
         "de": "DatenbankSperrenWartend", "es": "BloqueosBaseDeDatos", "fr": "VerrousBaseDeDonnees"},
        (("{n} queries on {db} waiting for locks", "Blocked transactions on table {table}",
          "Migration job of {service} running for 20+ minutes"),
         ("The migration in {version} ran ALTER TABLE {table} ADD COLUMN with a default, taking an ACCESS EXCLUSIVE "
          "lock for minutes; every query on {table} queued behind it",
          "Index creation without CONCURRENTLY in the {service} release locked {table} for writes during peak hours",
          "The schema migration waited for a metadata lock behind a long transaction, and all new queries on {table} "
          "queued behind the migration"),
         ("Killed the migration and rolled back; re-ran it at night with lock_timeout set and CREATE INDEX "
          "CONCURRENTLY",
          "Cancelled the blocking DDL; migrations now run with lock_timeout=5s and retries",
          "Terminated the long transaction so the migration finished; added a pre-check for long transactions"),
         ("Add {table}.status column with default and index", "Migration: index {table} on customer_id")),
        ("{n} Abfragen auf {db} warten auf Sperren",
         "Die Migration in {version} führte ALTER TABLE {table} mit Default-Wert aus und hielt minutenlang eine "
         "exklusive Sperre; alle Abfragen auf {table} stauten sich",
         "Migration abgebrochen, Rollback, nachts mit lock_timeout erneut ausgeführt",
         "Spalte status in {table} mit Default und Index"),
        ("{n} consultas en {db} esperando bloqueos",
         "La migración de {version} ejecutó ALTER TABLE {table} con un valor por defecto y mantuvo un bloqueo "
         "exclusivo durante minutos; todas las consultas sobre {table} quedaron en cola",
         "Se canceló la migración, rollback, y se relanzó de noche con lock_timeout",
         "Añadir columna status a {table} con valor por defecto e índice"),
        ("{n} requêtes sur {db} en attente de verrous",
         "La migration de {version} a exécuté ALTER TABLE {table} avec une valeur par défaut et gardé un verrou "
         "exclusif pendant des minutes ; toutes les requêtes sur {table} se sont empilées",
         "Migration annulée, retour arrière, relancée la nuit avec lock_timeout",
         "Ajout de la colonne status à {table} avec défaut et index"),
        {"java": ('org.postgresql.util.PSQLException: ERROR: canceling statement due to lock timeout\n  Where: while '
                  'updating tuple ({n},{n}) in relation "{table}"',
                  'Flyway: Migrating schema "public" to version "{n} - add status to {table}"'),
         "go": ("Error 1205 (HY000): Lock wait timeout exceeded; try restarting transaction",
                "migrate: waiting for table metadata lock on {table} ({n}s)"),
         "node": ("error: canceling statement due to lock timeout (table {table}, pid {pid})",
                  "knex: migration {n}_add_status_to_{table}.js still running after {n}s"),
         "python": ("psycopg2.errors.LockNotAvailable: canceling statement due to lock timeout",
                    "Applying orders.{n}_add_status_to_{table}... (django migrate, {n}s)")},
        {"java": ("src/main/resources/db/migration/V{n}__add_status_to_{table}.sql",),
         "go": ("migrations/{n}_add_status_to_{table}.up.sql",), "node": ("migrations/{n}_add_status_to_{table}.js",),
         "python": ("app/migrations/{n}_add_status.py",)},
    ),
    _family(
        "config_yaml_typo", set(), "deploy", ("crash", "availability"),
        {"en": ("ConfigValidationError", "ServiceStartupFailed", "ConfigReloadFailed"),
         "de": "KonfigurationFehlerhaft", "es": "ConfiguracionInvalida", "fr": "ConfigurationInvalide"},
        (("{service} failed to load its configuration", "{service} pods crash on startup after a config change",
          "Config reload of {service} rejected"),
         ("A typo in {file} (a tab indent under 'upstreams:') made the YAML invalid; new pods of {service} crashed on "
          "startup while the old ones were drained",
          "The key 'timeout_ms' was misspelt as 'timout_ms' in {file}; {service} fell back to a 0 ms timeout and "
          "failed every request",
          "An unquoted 'no' in {file} was parsed as boolean false and disabled the listener of {service}"),
         ("Reverted the config commit; added yamllint and a schema check to CI",
          "Fixed the key name and made unknown keys fail validation at startup",
          "Quoted the value and added config schema validation to the pipeline"),
         ("Update upstream list in {file}", "Tune timeouts in {file}")),
        ("{service} kann seine Konfiguration nicht laden",
         "Ein Tippfehler in {file} (Tab-Einrückung unter 'upstreams:') machte das YAML ungültig; neue Pods von "
         "{service} stürzten beim Start ab",
         "Konfigurations-Commit zurückgenommen, yamllint und Schemaprüfung in CI ergänzt",
         "Upstream-Liste in {file} aktualisiert"),
        ("{service} no puede cargar su configuración",
         "Una errata en {file} (tabulador en la sangría bajo 'upstreams:') hizo inválido el YAML; los pods nuevos de "
         "{service} fallaban al arrancar",
         "Se revirtió el commit de configuración y se añadió yamllint y validación de esquema en CI",
         "Actualizar lista de upstreams en {file}"),
        ("{service} n'arrive pas à charger sa configuration",
         "Une faute de frappe dans {file} (tabulation sous 'upstreams:') a rendu le YAML invalide ; les nouveaux "
         "pods de {service} plantaient au démarrage",
         "Commit de configuration annulé, yamllint et validation de schéma ajoutés en CI",
         "Mise à jour de la liste des upstreams dans {file}"),
        {"java": ("org.yaml.snakeyaml.scanner.ScannerException: while scanning for the next token found character "
                  "'\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)\n in 'reader', line "
                  "{n}, column {n}:",
                  "APPLICATION FAILED TO START: Failed to bind properties under 'app.upstreams' to "
                  "java.util.List<java.lang.String>"),
         "go": ("failed to load config {file}: yaml: line {n}: found character that cannot start any token",
                'panic: config: unknown field "timout_ms" in {file}'),
         "node": ("YAMLException: bad indentation of a mapping entry ({n}:{n}) in {file}",
                  "Error: config validation failed: upstreams must be an array"),
         "python": ("yaml.scanner.ScannerError: while scanning for the next token found character '\\t' that cannot "
                    'start any token in "{file}", line {n}, column {n}',
                    "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings timeout_ms Field "
                    "required")},
        _CONFIG_FILES,
    ),
    _family(
        "thread_pool_starvation", set(), "deploy", ("latency", "errors"),
        {"en": ("ThreadPoolExhausted", "WorkerSaturation", "EventLoopLagHigh"),
         "de": "ThreadPoolErschoepft", "es": "HilosAgotados", "fr": "PoolThreadsSature"},
        (("{service} request threads all busy", "Worker saturation of {service} at 100%",
          "Event loop lag of {service} above 1s"),
         ("{version} added a blocking HTTP call to {upstream} inside the request thread pool without a timeout; when "
          "{upstream} slowed down all {n} worker threads blocked and requests queued",
          "A synchronous file read on the hot path of {service} starved the worker pool",
          "The new PDF rendering ran on the shared executor; long renders starved every other request of {service}"),
         ("Moved the call to a dedicated bounded executor with a 2 s timeout, after a rollback",
          "Rolled back, made the read asynchronous, added saturation alerting",
          "Gave rendering its own pool and limited its concurrency to 4"),
         ("Fetch {upstream} profile inline during request", "Render PDFs on request")),
        ("Alle Request-Threads von {service} belegt",
         "{version} hat einen blockierenden HTTP-Aufruf an {upstream} ohne Timeout in den Request-Threadpool "
         "gebracht; als {upstream} langsamer wurde, blockierten alle Worker-Threads",
         "Aufruf in eigenen begrenzten Executor mit 2 s Timeout verschoben, vorher Rollback",
         "Profil von {upstream} direkt im Request laden"),
        ("Todos los hilos de petición de {service} ocupados",
         "{version} añadió una llamada HTTP bloqueante a {upstream} sin timeout dentro del pool de hilos; cuando "
         "{upstream} se ralentizó todos los hilos quedaron bloqueados",
         "Rollback y la llamada pasó a un executor dedicado y acotado con timeout de 2 s",
         "Obtener el perfil de {upstream} dentro de la petición"),
        ("Tous les threads de requête de {service} occupés",
         "{version} a ajouté un appel HTTP bloquant vers {upstream} sans timeout dans le pool de threads ; quand "
         "{upstream} a ralenti, tous les threads se sont bloqués",
         "Retour arrière puis appel déplacé dans un exécuteur dédié borné avec timeout de 2 s",
         "Récupérer le profil {upstream} pendant la requête"),
        {"java": ("java.util.concurrent.RejectedExecutionException: Task java.util.concurrent.FutureTask@{id} rejected "
                  "from java.util.concurrent.ThreadPoolExecutor@{id}[Running, pool size = {n}, active threads = {n}, "
                  "queued tasks = {big}, completed tasks = {big}]",
                  "All threads ({n}) are currently busy, waiting. Increase maxThreads ({n}) or check the servlet "
                  "status"),
         "go": ("semaphore acquire timed out after {ms}ms: {n} of {n} workers busy", "worker pool full, dropping job "
                "{id} ({big} queued)"),
         "node": ("event loop blocked for {ms}ms (threshold 200ms)", "libuv threadpool saturated: {n} tasks queued"),
         "python": ("[CRITICAL] WORKER TIMEOUT (pid:{pid})", "[ERROR] Worker (pid:{pid}) exited with code 1")},
        {"java": ("src/main/java/com/acme/profile/ProfileEnricher.java",), "go": ("internal/handlers/profile.go",),
         "node": ("src/handlers/profile.ts",), "python": ("app/views/profile.py",)},
    ),
    _family(
        "cpu_throttling", set(), "none", ("latency",),
        {"en": ("CPUThrottlingHigh", "ContainerCPUThrottled", "NodeCPUStealHigh"),
         "de": "CPUDrosselungHoch", "es": "EstrangulamientoCPU", "fr": "BridageCPUEleve"},
        (("{pct}% throttling of CPU in namespace {project} for container {service}",
          "{service} CPU throttled by its CFS quota", "CPU steal on node {node} above 20%"),
         ("A batch job scheduled onto the same nodes took all spare CPU; {service} was throttled by its CFS quota "
          "and p99 latency tripled (noisy neighbour)",
          "Noisy neighbour: node {node} also ran the nightly reindex, CPU steal reached 40% and {service} slowed "
          "down",
          "The CPU limit of {service} was too tight for its GC threads; CFS throttling stalled requests during "
          "traffic peaks"),
         ("Moved the batch job to its own tainted node pool; raised the CPU requests of {service}",
          "Added pod anti-affinity and a dedicated node pool for batch work",
          "Removed the CPU limit and kept the request; throttling is gone")),
        ("CPU von {service} durch CFS-Quota gedrosselt",
         "Ein Batch-Job auf denselben Nodes nahm die freie CPU; {service} wurde per CFS-Quota gedrosselt und die "
         "p99-Latenz verdreifachte sich (Noisy Neighbour)",
         "Batch-Job in eigenen Node-Pool mit Taints verschoben, CPU-Requests von {service} erhöht"),
        ("CPU de {service} estrangulada por la cuota CFS",
         "Un job batch en los mismos nodos consumió la CPU libre; {service} quedó estrangulado por la cuota CFS y la "
         "latencia p99 se triplicó (vecino ruidoso)",
         "Se movió el job batch a su propio node pool con taints y se subieron los requests de CPU de {service}"),
        ("CPU de {service} bridé par le quota CFS",
         "Un job batch sur les mêmes nœuds a pris le CPU disponible ; {service} a été bridé par son quota CFS et la "
         "latence p99 a triplé (voisin bruyant)",
         "Job batch déplacé sur un pool de nœuds dédié, requêtes CPU de {service} augmentées"),
        {"java": ("Slow request: GET /api/v1/{res}/{id} took {ms}ms (threshold 500ms)",
                  "Pause Young (Normal) (G1 Evacuation Pause) {mb}M->{mb}M({mb}M) {ms}ms"),
         "go": ('level=warn msg="slow request" path=/api/v1/{res} duration={ms}ms sched_latency={ms}ms',
                "cgroup cpu throttled {n} of {n} periods in the last minute"),
         "node": ("slow response {ms}ms for GET /api/{res}/{id} (event loop utilization 0.9{n})",),
         "python": ("slow request {ms}ms GET /api/{res}/{id} (cpu wait {ms}ms)",)},
    ),
    _family(
        "expired_credentials", set(), "config", ("errors",),
        {"en": ("Upstream401Rate", "AuthFailuresToUpstream", "SecretExpired"),
         "de": "AnmeldefehlerUpstream", "es": "FallosAutenticacion", "fr": "EchecsAuthentification"},
        (("{service} gets 401 from {partner}", "Authentication failures against {partner} above threshold",
          "Credentials of {service} for {partner} rejected"),
         ("The {partner} API key was rotated in Vault but {service} reads secrets only at startup; running pods kept "
          "the revoked key and got 401 Unauthorized",
          "The secret rotation job changed the credentials, but {service} read them only on boot; new connections "
          "failed authentication",
          "The {partner} API key reached the end of its 90-day lifetime; nobody owned the renewal"),
         ("Restarted {service} to pick up the new key; added secret reload on change",
          "Rolling restart; switched to the Vault agent template with automatic reload",
          "Issued a new key, stored it in the secret manager and added an expiry reminder"),
         (), ("Rotated {partner} API key in Vault", "Credential rotation for {service}")),
        ("{service} erhält 401 von {partner}",
         "Der {partner}-API-Schlüssel wurde in Vault rotiert, aber {service} liest Secrets nur beim Start; laufende "
         "Pods nutzten den widerrufenen Schlüssel und bekamen 401 Unauthorized",
         "{service} neu gestartet, Secret-Reload bei Änderung eingebaut", (),
         "{partner}-API-Schlüssel in Vault rotiert"),
        ("{service} recibe 401 de {partner}",
         "La clave de API de {partner} se rotó en Vault pero {service} solo lee los secretos al arrancar; los pods en "
         "marcha seguían con la clave revocada y recibían 401 Unauthorized",
         "Se reinició {service} y se añadió la recarga de secretos al cambiar", (),
         "Rotada la clave de API de {partner} en Vault"),
        ("{service} reçoit des 401 de {partner}",
         "La clé API {partner} a été renouvelée dans Vault mais {service} ne lit les secrets qu'au démarrage ; les "
         "pods en cours gardaient la clé révoquée et recevaient des 401 Unauthorized",
         "Redémarrage de {service}, rechargement des secrets à chaud ajouté", (),
         "Rotation de la clé API {partner} dans Vault"),
        {"java": ('org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: '
                  '"{{"error":"invalid_api_key","message":"The API key provided has been revoked"}}"',
                  'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "{user}"'),
         "go": ("{partner}: 401 Unauthorized: invalid_api_key (request id {id})",
                "Error 1045 (28000): Access denied for user '{user}'@'{ip}' (using password: YES)"),
         "node": ('AxiosError: Request failed with status code 401 {{"error":"invalid_api_key"}} at '
                  "https://{host}/v1/send", 'error: password authentication failed for user "{user}"'),
         "python": ("requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://{host}/v1/send",
                    'psycopg2.OperationalError: FATAL:  password authentication failed for user "{user}"')},
    ),
    _family(
        "retry_storm", set(), "deploy", ("errors", "latency"),
        {"en": ("RetryRateHigh", "RequestAmplification", "CircuitBreakerOpen"),
         "de": "WiederholungsrateHoch", "es": "TormentaDeReintentos", "fr": "TempeteDeRelances"},
        (("{service} retrying {pct}% of calls to {upstream}", "Request rate to {upstream} 8x normal",
          "Circuit breaker to {upstream} open"),
         ("{version} raised the client retries to {upstream} from 2 to 10 without backoff or jitter; a short blip of "
          "{upstream} became a retry storm that kept it down",
          "Retries at every layer (gateway, {service}, SDK) multiplied the load 27x during a brief {upstream} "
          "slowdown",
          "The retry policy lost its exponential backoff in the client upgrade; synchronised retries overwhelmed "
          "{upstream}"),
         ("Rolled back; retries now capped at 3 with exponential backoff, jitter and a retry budget",
          "Removed retries from the inner layers; only the edge retries",
          "Restored the backoff configuration and added a circuit breaker"),
         ("Make {upstream} client more resilient: retry up to 10 times", "Upgrade HTTP client; simplify retry config")),
        ("{service} wiederholt {pct} % der Aufrufe an {upstream}",
         "{version} erhöhte die Wiederholungen an {upstream} von 2 auf 10 ohne Backoff und Jitter; ein kurzer "
         "Aussetzer von {upstream} wurde zum Retry-Sturm",
         "Rollback; höchstens 3 Wiederholungen mit exponentiellem Backoff, Jitter und Retry-Budget",
         "{upstream}-Client robuster: bis zu 10 Wiederholungen"),
        ("{service} reintenta el {pct} % de las llamadas a {upstream}",
         "{version} subió los reintentos hacia {upstream} de 2 a 10 sin backoff ni jitter; un corte breve de "
         "{upstream} se convirtió en una tormenta de reintentos",
         "Rollback; como máximo 3 reintentos con backoff exponencial, jitter y presupuesto de reintentos",
         "Cliente de {upstream} más resiliente: hasta 10 reintentos"),
        ("{service} relance {pct} % des appels vers {upstream}",
         "{version} a porté les relances vers {upstream} de 2 à 10 sans backoff ni gigue ; une courte coupure de "
         "{upstream} est devenue une tempête de relances",
         "Retour arrière ; 3 relances maximum avec backoff exponentiel, gigue et budget de relances",
         "Client {upstream} plus résilient : jusqu'à 10 relances"),
        {"java": ("io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker '{upstream}' is "
                  "OPEN and does not permit further calls",
                  "Retrying call to {upstream} (attempt {n}/10) after IOException: Connection reset"),
         "go": ("retrying request to {upstream} (attempt {n}/10): 503 Service Unavailable",
                "circuit breaker '{upstream}' is open"),
         "node": ("retry {n}/10 for GET http://{upstream}/v1/items failed: ECONNRESET",
                  "CircuitBreaker {upstream}: open, rejecting call"),
         "python": ("Retrying (Retry(total={n}, connect=None, read=None, redirect=None, status=None)) after connection "
                    "broken by 'ReadTimeoutError': /v1/items",
                    "tenacity.RetryError: RetryError[<Future at 0x{id} state=finished raised ConnectionError>]")},
        {"java": ("src/main/resources/resilience4j.yml",), "go": ("internal/client/retry.go",),
         "node": ("src/clients/retryPolicy.ts",), "python": ("app/clients/retry.py",)},
    ),
    _family(
        "missing_index_slow_query", {SQL}, "deploy", ("latency",),
        {"en": ("SlowQueries", "DatabaseCPUHigh", "QueryLatencyHigh"),
         "de": "LangsameAbfragen", "es": "ConsultasLentas", "fr": "RequetesLentes"},
        (("Slow queries on {db}: p95 {ms}ms", "Database CPU above 90% on {db}", "{service} DB query latency high"),
         ("{version} added a lookup on {table}.external_ref, which has no index; each call did a sequential scan over "
          "{big} rows",
          "An ORM change in {version} filtered on LOWER(email), so the index on {table}.email was not used and the "
          "database went to full scans",
          "The new report query joined {table} without an index on the foreign key; the planner chose a nested loop "
          "over millions of rows"),
         ("Created the index concurrently; the query went from 4 s to 3 ms",
          "Added a functional index on LOWER(email) and a query-plan check in CI",
          "Added the missing foreign key index and rewrote the report query"),
         ("Look up orders by external reference", "Case-insensitive email lookup")),
        ("Langsame Abfragen auf {db}: p95 {ms} ms",
         "{version} fragt {table}.external_ref ab, dafür gibt es keinen Index; jeder Aufruf machte einen Full Table "
         "Scan über {big} Zeilen",
         "Index nebenläufig angelegt; Abfrage von 4 s auf 3 ms", "Suche über externe Referenz"),
        ("Consultas lentas en {db}: p95 {ms} ms",
         "{version} añadió una búsqueda por {table}.external_ref, que no tiene índice; cada llamada hacía un escaneo "
         "secuencial de {big} filas",
         "Se creó el índice de forma concurrente; la consulta pasó de 4 s a 3 ms",
         "Buscar pedidos por referencia externa"),
        ("Requêtes lentes sur {db} : p95 {ms} ms",
         "{version} a ajouté une recherche sur {table}.external_ref, sans index ; chaque appel faisait un parcours "
         "séquentiel de {big} lignes",
         "Index créé en concurrence ; la requête est passée de 4 s à 3 ms", "Recherche par référence externe"),
        {"java": ("SlowQuery: {ms} ms SELECT o.* FROM {table} o WHERE o.external_ref = ? (rows examined {big})",
                  "org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout"),
         "go": ("slow query ({ms}ms): SELECT * FROM {table} WHERE external_ref = ? [rows_examined={big}]",
                "Error 3024 (HY000): Query execution was interrupted, maximum statement execution time exceeded"),
         "node": ('slow query {ms}ms: select * from "{table}" where "external_ref" = $1',
                  "error: canceling statement due to statement timeout"),
         "python": ("duration: {ms} ms  statement: SELECT * FROM {table} WHERE external_ref = $1",
                    "django.db.utils.OperationalError: canceling statement due to statement timeout")},
        {"java": ("src/main/java/com/acme/orders/OrderRepository.java",), "go": ("internal/store/orders.go",),
         "node": ("src/repositories/orders.ts",), "python": ("app/models/orders.py",)},
    ),
    _family(
        "client_timeout_too_low", set(), "config", ("errors",),
        {"en": ("UpstreamTimeouts", "OutboundTimeoutRate", "DependencyTimeouts"),
         "de": "ZeitueberschreitungUpstream", "es": "TiemposDeEsperaAgotados", "fr": "DelaisDepassesAmont"},
        (("Calls from {service} to {upstream} timing out", "{pct}% of outbound requests of {service} time out",
          "{upstream} dependency timeouts"),
         ("The client timeout for {upstream} was set to {n}00 ms in {file}, below the dependency's normal p99 of "
          "1.2 s; slow but healthy responses were cut off as errors",
          "A config change copied the staging timeout (250 ms) to production; calls to {upstream} failed whenever it "
          "took longer",
          "The read timeout of {service} was lowered together with the connect timeout, aborting legitimate long "
          "requests"),
         ("Restored the timeout to 3 s and derived it from the dependency's SLO",
          "Reverted the config; timeouts are now reviewed against p99 latency",
          "Split connect and read timeouts and set the read timeout to 5 s"),
         (), ("Set {upstream} client timeout to {n}00ms", "Timeouts for {upstream} aligned with staging")),
        ("Aufrufe von {service} an {upstream} laufen in Timeouts",
         "Der Client-Timeout für {upstream} wurde in {file} auf {n}00 ms gesetzt, unter der normalen p99 von 1,2 s; "
         "langsame, aber gesunde Antworten wurden als Fehler abgebrochen",
         "Timeout wieder auf 3 s, abgeleitet aus dem SLO der Abhängigkeit", (),
         "Timeout für {upstream}-Client auf {n}00 ms gesetzt"),
        ("Las llamadas de {service} a {upstream} agotan el tiempo de espera",
         "El timeout del cliente de {upstream} se fijó en {n}00 ms en {file}, por debajo del p99 normal de 1,2 s; "
         "respuestas lentas pero sanas se cortaban como errores",
         "Se restauró el timeout a 3 s, calculado a partir del SLO de la dependencia", (),
         "Timeout del cliente de {upstream} fijado en {n}00 ms"),
        ("Les appels de {service} vers {upstream} expirent",
         "Le délai du client {upstream} a été fixé à {n}00 ms dans {file}, sous le p99 normal de 1,2 s ; des "
         "réponses lentes mais saines étaient coupées en erreur",
         "Délai remis à 3 s, calculé à partir du SLO de la dépendance", (),
         "Délai du client {upstream} fixé à {n}00 ms"),
        {"java": ("java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead"
                  "(NioSocketImpl.java:288)",
                  "feign.RetryableException: Read timed out executing GET http://{upstream}/api/v1/items/{id}"),
         "go": ('Get "http://{upstream}/api/v1/items/{id}": context deadline exceeded (Client.Timeout exceeded while '
                "awaiting headers)",),
         "node": ("AxiosError: timeout of {n}00ms exceeded (ECONNABORTED) GET http://{upstream}/api/v1/items/{id}",),
         "python": ("requests.exceptions.ReadTimeout: HTTPConnectionPool(host='{upstream}', port=80): Read timed out. "
                    "(read timeout=0.{n})",)},
        _CONFIG_FILES,
    ),
    _family(
        "missing_env_var", set(), "deploy", ("crash", "availability"),
        {"en": ("KubeDeploymentReplicasMismatch", "DeploymentReplicasUnavailable", "ContainerStartFailures"),
         "de": "ReplikasNichtVerfuegbar", "es": "ReplicasNoDisponibles", "fr": "ReplicasIndisponibles"},
        (("Deployment {service} has had replicas mismatched for 10m", "{service} has 0 available replicas",
          "New pods of {service} fail to start"),
         ("The release {version} reads the new variable {var}, which was added to staging but never to the "
          "production secret; pods crashed at startup",
          "The secret reference for {var} was renamed in the chart but not in the production values file; {service} "
          "could not start",
          "{service} expected {var} after the refactor; the production manifest lacked it and the process exited "
          "immediately"),
         ("Added {var} to the production secret and restarted the rollout",
          "Fixed the secret name in values-prod.yaml; added a startup config check in CI",
          "Rolled back, then shipped with a default and a deploy check for required variables"),
         ("Read webhook secret from {var}", "Move settings to environment variables ({var})")),
        ("Neue Pods von {service} starten nicht",
         "Das Release {version} liest die neue Variable {var}, die nur in Staging, nie im Produktions-Secret "
         "angelegt wurde; die Pods stürzten beim Start ab",
         "{var} im Produktions-Secret ergänzt und Rollout neu gestartet", "Webhook-Secret aus {var} lesen"),
        ("Los pods nuevos de {service} no arrancan",
         "La versión {version} lee la nueva variable {var}, que se añadió en staging pero nunca al secreto de "
         "producción; los pods fallaban al arrancar",
         "Se añadió {var} al secreto de producción y se reinició el despliegue",
         "Leer el secreto del webhook de {var}"),
        ("Les nouveaux pods de {service} ne démarrent pas",
         "La version {version} lit la nouvelle variable {var}, ajoutée en recette mais jamais dans le secret de "
         "production ; les pods plantaient au démarrage",
         "{var} ajoutée au secret de production et déploiement relancé", "Lire le secret du webhook depuis {var}"),
        {"java": ("APPLICATION FAILED TO START\n\nDescription: Could not resolve placeholder '{var}' in value "
                  '"{var_ref}"', "Error creating bean with name 'webhookVerifier': Injection of autowired "
                  "dependencies failed"),
         "go": ("panic: required environment variable {var} is not set\n\ngoroutine 1 [running]:\nmain.mustEnv(...)",
                "config: missing required env {var}"),
         "node": ("Error: Missing required environment variable: {var}\n    at requireEnv "
                  "(/app/dist/config.js:{n}:{n})",),
         "python": ("KeyError: '{var}'", "pydantic_core._pydantic_core.ValidationError: 1 validation error for "
                    "Settings {var_lower} Field required")},
        {"java": ("deploy/values-prod.yaml", "src/main/resources/application.yml"),
         "go": ("deploy/values-prod.yaml", "cmd/server/config.go"),
         "node": ("deploy/values-prod.yaml", "src/config.ts"),
         "python": ("deploy/values-prod.yaml", "app/settings.py")},
    ),
    _family(
        "redis_maxmemory", {REDIS}, "deploy", ("errors",),
        {"en": ("RedisMemoryFull", "RedisEvictionsHigh", "RedisOOMErrors"),
         "de": "RedisSpeicherVoll", "es": "RedisMemoriaLlena", "fr": "RedisMemoirePleine"},
        (("Redis {redis} used memory at maxmemory", "Redis evicting keys for {service}", "OOM errors from Redis for "
          "{service}"),
         ("{version} stored session data without a TTL; Redis reached maxmemory under the noeviction policy and "
          "rejected the writes of {service}",
          "Keys without expiry from the new rate-limit counters filled Redis; writes failed with OOM command not "
          "allowed",
          "Redis hit maxmemory and the allkeys-lru policy evicted sessions, logging users out"),
         ("Added a TTL to session keys, deleted the orphaned keys, raised maxmemory for the time being",
          "Set an expiry on the counters and switched to volatile-lru",
          "Moved sessions to a dedicated Redis with noeviction and enough memory"),
         ("Persist session state in Redis", "Add rate-limit counters per customer")),
        ("Redis {redis} hat maxmemory erreicht",
         "{version} speicherte Sitzungsdaten ohne TTL; Redis erreichte maxmemory (noeviction) und lehnte "
         "Schreibzugriffe von {service} ab",
         "TTL für Sitzungs-Keys ergänzt, verwaiste Keys gelöscht", "Sitzungszustand in Redis speichern"),
        ("Redis {redis} alcanzó maxmemory",
         "{version} guardaba datos de sesión sin TTL; Redis llegó a maxmemory con la política noeviction y rechazaba "
         "las escrituras de {service}",
         "Se añadió TTL a las claves de sesión y se borraron las claves huérfanas",
         "Guardar el estado de sesión en Redis"),
        ("Redis {redis} a atteint maxmemory",
         "{version} stockait les sessions sans TTL ; Redis a atteint maxmemory en politique noeviction et refusait "
         "les écritures de {service}",
         "TTL ajouté aux clés de session, clés orphelines supprimées", "Stocker l'état de session dans Redis"),
        {"java": ("io.lettuce.core.RedisCommandExecutionException: OOM command not allowed when used memory > "
                  "'maxmemory'.", "Session {id} not found in store, forcing re-login"),
         "go": ("redis: OOM command not allowed when used memory > 'maxmemory'", "session {id} missing, user logged "
                "out"),
         "node": ("ReplyError: OOM command not allowed when used memory > 'maxmemory'. script: {id}, on "
                  "@user_script:1.", "session {id} not found, redirecting to login"),
         "python": ("redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
                    "session {id} expired unexpectedly, forcing login")},
        {"java": ("src/main/java/com/acme/session/RedisSessionStore.java",), "go": ("internal/session/redis.go",),
         "node": ("src/session/redisStore.ts",), "python": ("app/session/redis_store.py",)},
    ),
    _family(
        "poison_message", {KAFKA}, "upstream_deploy", ("lag", "errors"),
        {"en": ("ConsumerStuck", "DeadLetterQueueGrowing", "ConsumerErrorsHigh"),
         "de": "KonsumentHaengt", "es": "ConsumidorAtascado", "fr": "ConsommateurBloque"},
        (("{service} stuck on {topic} partition {n}", "DLQ for {topic} growing", "{service} failing to process "
          "messages"),
         ("{upstream} started publishing events with a changed schema (amount as a string); {service} could not "
          "deserialize one record and retried it forever, blocking a partition of {topic}",
          "A malformed message (truncated JSON) on {topic} crashed {service} at the same offset on every restart",
          "After the {upstream} deploy an event with a null key reached {service}; the handler threw and the "
          "partition stalled"),
         ("Skipped the offset, sent the record to the dead-letter topic, and made {service} route undeserializable "
          "records to the DLQ",
          "Added a poison-pill handler that parks bad records; {upstream} fixed the producer schema",
          "Registered the schema with compatibility checks and replayed the parked messages"),
         ("Send amount as decimal string in order events", "Switch {topic} payload to the v2 envelope")),
        ("{service} hängt an Partition {n} von {topic}",
         "{upstream} veröffentlichte Events mit geändertem Schema (Betrag als String); {service} konnte einen "
         "Datensatz nicht deserialisieren und versuchte ihn endlos, die Partition von {topic} stand",
         "Offset übersprungen, Datensatz ins Dead-Letter-Topic, nicht lesbare Datensätze gehen jetzt in die DLQ",
         "Betrag in Bestell-Events als Dezimal-String senden"),
        ("{service} atascado en la partición {n} de {topic}",
         "{upstream} empezó a publicar eventos con un esquema cambiado (importe como texto); {service} no pudo "
         "deserializar un registro y lo reintentaba sin fin, bloqueando una partición de {topic}",
         "Se saltó el offset, el registro fue al topic de dead letters y los registros ilegibles van ahora a la DLQ",
         "Enviar el importe como texto decimal en los eventos de pedido"),
        ("{service} bloqué sur la partition {n} de {topic}",
         "{upstream} a publié des événements au schéma modifié (montant en chaîne) ; {service} ne pouvait pas "
         "désérialiser un enregistrement et le relançait sans fin, bloquant une partition de {topic}",
         "Offset sauté, enregistrement envoyé en dead letter ; les enregistrements illisibles vont désormais en DLQ",
         "Montant envoyé en chaîne décimale dans les événements de commande"),
        {"java": ("org.apache.kafka.common.errors.SerializationException: Error deserializing key/value for partition "
                  "{topic}-{n} at offset {big}. If needed, please seek past the record to continue consumption.",
                  "com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type "
                  '`java.math.BigDecimal` from String "{n}.{n}"'),
         "go": ("json: cannot unmarshal string into Go struct field OrderEvent.amount of type float64 (topic {topic} "
                "partition {n} offset {big})",),
         "node": ("SyntaxError: Unexpected token }} in JSON at position {n} (topic {topic}, partition {n}, offset "
                  "{big})",),
         "python": ("ValueError: could not convert string to float: '{n}.{n}' while handling {topic}[{n}]@{big}",
                    "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column {n} (char {n})")},
        {"java": ("src/main/java/com/acme/events/OrderEvent.java",), "go": ("internal/events/order.go",),
         "node": ("src/events/order.ts",), "python": ("app/events/order.py",)},
        roles=("consumer",),
    ),
    _family(
        "node_pressure_eviction", set(), "none", ("availability", "crash"),
        {"en": ("KubePodEvicted", "NodeMemoryPressure", "PodsEvicted"),
         "de": "PodsVerdraengt", "es": "PodsDesalojados", "fr": "PodsEvinces"},
        (("{n} pods of {service} evicted from {node}", "Node {node} under MemoryPressure",
          "Evictions in namespace {project}"),
         ("Node {node} ran into memory pressure because a DaemonSet log shipper grew to 6 GiB; the kubelet evicted "
          "the pods of {service}, BestEffort first",
          "Pods without memory requests were packed onto {node}; under pressure the kubelet evicted them all at once",
          "An ephemeral-storage spike on {node} from image pulls triggered the eviction of {service}"),
         ("Set requests and limits for the log shipper, cordoned and drained {node}; {service} now runs as "
          "Guaranteed QoS",
          "Added memory requests to every pod of {service} and a PodDisruptionBudget",
          "Cleaned up images, raised the eviction threshold and gave the nodes larger disks")),
        ("Pods von {service} von {node} verdrängt",
         "Node {node} geriet unter Speicherdruck, weil ein DaemonSet-Logshipper auf 6 GiB wuchs; das Kubelet "
         "verdrängte die Pods von {service}",
         "Requests und Limits für den Logshipper gesetzt, {node} gesperrt und geleert"),
        ("Pods de {service} desalojados de {node}",
         "El nodo {node} entró en presión de memoria porque un DaemonSet de envío de logs creció a 6 GiB; el kubelet "
         "desalojó los pods de {service}",
         "Se fijaron requests y límites al DaemonSet de logs y se vació {node}"),
        ("Pods de {service} évincés de {node}",
         "Le nœud {node} a subi une pression mémoire car un DaemonSet d'envoi de logs a grossi jusqu'à 6 Gio ; le "
         "kubelet a évincé les pods de {service}",
         "Requests et limites posées sur le DaemonSet de logs, {node} isolé et vidé"),
        {"java": ("Received SIGTERM, shutting down gracefully ({n} in-flight requests dropped)",
                  "Connection refused to {upstream}: pod evicted ({ip}:{port})"),
         "go": ("received signal terminated, draining {n} connections", "dial tcp {ip}:{port}: connect: connection "
                "refused (endpoint of evicted pod)"),
         "node": ("SIGTERM received, closing server ({n} open connections)", "Error: connect ECONNREFUSED {ip}:{port}"),
         "python": ("[INFO] Handling signal: term", "[ERROR] Worker (pid:{pid}) was sent SIGTERM!")},
    ),
    _family(
        "upstream_outage", set(), "none", ("errors",),
        {"en": ("PartnerAPIDown", "ExternalDependencyErrors", "UpstreamUnavailable"),
         "de": "PartnerDienstAusgefallen", "es": "ProveedorCaido", "fr": "FournisseurIndisponible"},
        (("{partner} returning 5xx to {service}", "External dependency {partner} unavailable",
          "{service} cannot reach {partner}"),
         ("{partner} had a regional outage (their status page confirmed a degraded API in eu-west); calls from "
          "{service} failed with 503",
          "The {partner} API was down for 40 minutes during their maintenance, which we had not subscribed to",
          "Upstream provider {partner} returned 502/503 after a failed deploy on their side"),
         ("Nothing to fix on our side; enabled the fallback provider and queued retries. Subscribed to {partner}'s "
          "status page",
          "Switched traffic to the secondary provider until {partner} recovered",
          "Waited for {partner} to recover; added graceful degradation so the flow continues without it")),
        ("{partner} antwortet {service} mit 5xx",
         "{partner} hatte einen regionalen Ausfall (laut Statusseite API in eu-west gestört); Aufrufe von {service} "
         "scheiterten mit 503",
         "Bei uns nichts zu beheben; Fallback-Anbieter aktiviert, Wiederholungen eingereiht"),
        ("{partner} devuelve 5xx a {service}",
         "{partner} tuvo una caída regional (su página de estado confirmó la API degradada en eu-west); las llamadas "
         "de {service} fallaban con 503",
         "Nada que arreglar por nuestra parte; se activó el proveedor alternativo y se encolaron reintentos"),
        ("{partner} renvoie des 5xx à {service}",
         "{partner} a subi une panne régionale (leur page de statut confirmait une API dégradée en eu-west) ; les "
         "appels de {service} échouaient en 503",
         "Rien à corriger chez nous ; fournisseur de secours activé et relances mises en file"),
        {"java": ("feign.FeignException$ServiceUnavailable: [503 Service Unavailable] during [POST] to "
                  "[https://{host}/v1/charges]",
                  "org.apache.http.conn.HttpHostConnectException: Connect to {host}:443 failed: Connection refused"),
         "go": ("{partner}: POST https://{host}/v1/charges: 503 Service Unavailable",
                "dial tcp {ip}:443: connect: connection refused"),
         "node": ("HTTPError: Response code 503 (Service Unavailable) from https://{host}/v1/charges",
                  "Error: connect ECONNREFUSED {ip}:443"),
         "python": ("requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
                    "https://{host}/v1/charges",)},
    ),
    _family(
        "breaking_api_change", set(), "upstream_deploy", ("errors",),
        {"en": ("UpstreamErrors", "DependencyErrorRate", "ClientErrors4xx"),
         "de": "FehlerBeiAbhaengigkeit", "es": "ErroresDeDependencia", "fr": "ErreursDependance"},
        (("{service} calls to {upstream} failing", "4xx from {upstream} to {service} above 5%",
          "Errors decoding {upstream} responses"),
         ("{upstream} {version} renamed the field 'price' to 'unit_price' in its API response without versioning; "
          "{service} failed to parse every response",
          "{upstream} removed the deprecated /v1/items endpoint in {version}; {service} still called it and got 404",
          "{upstream} made 'currency' mandatory in requests; older clients such as {service} got 400 Bad Request"),
         ("{upstream} rolled back and reintroduced the field; added consumer-driven contract tests",
          "Restored /v1 for a deprecation period; {service} migrated to /v2",
          "Defaulted the currency on the server side; API changes now require a version bump"),
         ("Rename price to unit_price in item response", "Remove deprecated v1 items endpoint")),
        ("Aufrufe von {service} an {upstream} schlagen fehl",
         "{upstream} {version} benannte das Feld 'price' ohne Versionierung in 'unit_price' um; {service} konnte "
         "keine Antwort mehr lesen",
         "{upstream} zurückgerollt, Feld wieder eingeführt, Consumer-Driven-Contract-Tests ergänzt",
         "price in unit_price umbenannt"),
        ("Fallan las llamadas de {service} a {upstream}",
         "{upstream} {version} renombró el campo 'price' a 'unit_price' sin versionar la API; {service} no podía "
         "interpretar ninguna respuesta",
         "{upstream} hizo rollback y recuperó el campo; se añadieron tests de contrato",
         "Renombrar price a unit_price"),
        ("Les appels de {service} vers {upstream} échouent",
         "{upstream} {version} a renommé le champ 'price' en 'unit_price' sans versionner l'API ; {service} ne "
         "pouvait plus lire aucune réponse",
         "{upstream} est revenu en arrière et a rétabli le champ ; tests de contrat ajoutés",
         "Renommage de price en unit_price"),
        {"java": ('com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field "unit_price" '
                  "(class com.acme.client.ItemDto), not marked as ignorable",
                  "feign.FeignException$NotFound: [404 Not Found] during [GET] to [http://{upstream}/v1/items/{id}]"),
         "go": ('decode {upstream} response: json: unknown field "unit_price"',
                "GET http://{upstream}/v1/items/{id}: 404 Not Found"),
         "node": ("TypeError: Cannot read properties of undefined (reading 'amount')\n    at mapItem "
                  "(/app/dist/clients/{upstream}.js:{n}:{n})",
                  "Error: Request failed with status code 400 POST http://{upstream}/v2/quotes"),
         "python": ("KeyError: 'price'", "pydantic_core._pydantic_core.ValidationError: 1 validation error for "
                    "ItemResponse price Field required")},
        {"java": ("src/main/java/com/acme/api/ItemResponse.java",), "go": ("internal/api/items.go",),
         "node": ("src/api/items.ts",), "python": ("app/api/items.py",)},
    ),
    # --- held out: not read while tuning retrieval --------------------------------------------
    _family(
        "clock_skew", set(), "none", ("errors",),
        {"en": ("NodeClockNotSynchronising", "ClockSkewDetected", "NTPOffsetHigh"),
         "de": "UhrzeitAbweichung", "es": "DesfaseDeReloj", "fr": "DeriveHorloge"},
        (("Clock on {node} is not synchronising", "Clock on {node} is {n}s off", "Time offset above 2s on nodes "
          "running {service}"),
         ("chrony on node {node} stopped syncing after the NTP servers were firewalled; the clock drifted {n}s and "
          "tokens signed by {service} were rejected as issued in the future",
          "Clock drift on the VM hosts made the object store reject signed requests (RequestTimeTooSkewed)",
          "The node image update disabled timesyncd; JWT validation in {service} failed with 'token used before "
          "issued'"),
         ("Reopened UDP 123 to the NTP servers, restarted chrony, cordoned the node until it was in sync",
          "Re-enabled time sync and added a clock offset alert",
          "Allowed 30 s of leeway in token validation and fixed NTP in the image")),
        ("Uhr von {node} weicht {n} s ab",
         "chrony auf {node} synchronisierte nicht mehr, nachdem die NTP-Server per Firewall gesperrt wurden; die Uhr "
         "lief {n} s vor und Tokens von {service} galten als aus der Zukunft",
         "UDP 123 zu den NTP-Servern wieder geöffnet, chrony neu gestartet"),
        ("El reloj de {node} está desfasado {n} s",
         "chrony en {node} dejó de sincronizar tras bloquearse los servidores NTP en el firewall; el reloj se "
         "adelantó {n} s y los tokens de {service} se rechazaban como emitidos en el futuro",
         "Se reabrió UDP 123 hacia los servidores NTP y se reinició chrony"),
        ("L'horloge de {node} dérive de {n} s",
         "chrony sur {node} ne se synchronisait plus après le blocage des serveurs NTP par le pare-feu ; l'horloge "
         "avançait de {n} s et les jetons de {service} étaient refusés comme émis dans le futur",
         "UDP 123 rouvert vers les serveurs NTP, chrony redémarré"),
        {"java": ("io.jsonwebtoken.PrematureJwtException: JWT must not be accepted before {ts}. Current time: {ts2}, a "
                  "difference of {ms} milliseconds.",
                  "com.amazonaws.services.s3.model.AmazonS3Exception: The difference between the request time and the "
                  "current time is too large. (Error Code: RequestTimeTooSkewed)"),
         "go": ("token is not valid yet: token used before issued (iat {n}s in the future)",
                "RequestTimeTooSkewed: The difference between the request time and the server's time is too large. "
                "status code: 403"),
         "node": ("NotBeforeError: jwt not active (date {ts})", "JsonWebTokenError: iat in the future"),
         "python": ("jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)",
                    "botocore.exceptions.ClientError: An error occurred (RequestTimeTooSkewed) when calling the "
                    "PutObject operation")},
    ),
    _family(
        "db_deadlock", {SQL}, "deploy", ("errors",),
        {"en": ("DatabaseDeadlocks", "DeadlocksDetected", "TransactionRollbacksHigh"),
         "de": "DeadlocksErkannt", "es": "InterbloqueosDetectados", "fr": "InterblocagesDetectes"},
        (("{n} deadlocks/min on {db}", "Deadlocks detected in {service} transactions",
          "Transaction rollbacks on {db} above 5%"),
         ("{version} updated {table} and {table2} in the opposite order from the settlement job, so concurrent "
          "transactions deadlocked",
          "A new batch update in {service} locked rows of {table} in random order; parallel workers deadlocked each "
          "other",
          "The added foreign key made inserts lock the parent row; concurrent inserts and updates on {table} "
          "deadlocked"),
         ("Rolled back, then made both code paths lock rows in primary-key order",
          "Sorted the batch by id before updating and reduced the batch size",
          "Added the missing index on the foreign key column; the deadlocks stopped"),
         ("Update {table2} before {table} to save a round trip", "Parallelise {table} status updates")),
        ("Deadlocks in Transaktionen von {service}",
         "{version} aktualisierte {table} und {table2} in umgekehrter Reihenfolge wie der Abrechnungsjob; parallele "
         "Transaktionen blockierten sich gegenseitig",
         "Rollback, danach sperren beide Pfade Zeilen in Primärschlüssel-Reihenfolge",
         "{table2} vor {table} aktualisieren"),
        ("Interbloqueos en las transacciones de {service}",
         "{version} actualizaba {table} y {table2} en orden inverso al job de liquidación; las transacciones "
         "concurrentes se bloqueaban mutuamente",
         "Rollback y después ambos caminos bloquean filas en orden de clave primaria",
         "Actualizar {table2} antes que {table}"),
        ("Interblocages dans les transactions de {service}",
         "{version} mettait à jour {table} et {table2} dans l'ordre inverse du job de règlement ; les transactions "
         "concurrentes s'interbloquaient",
         "Retour arrière puis verrouillage des lignes dans l'ordre des clés primaires",
         "Mettre à jour {table2} avant {table}"),
        {"java": ("org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process {pid} waits for "
                  "ShareLock on transaction {big}; blocked by process {pid}.",
                  "org.springframework.dao.CannotAcquireLockException: could not execute statement; nested exception "
                  "is org.hibernate.exception.LockAcquisitionException"),
         "go": ("Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction",),
         "node": ("error: deadlock detected (Process {pid} waits for ShareLock on transaction {big})",),
         "python": ("psycopg2.errors.DeadlockDetected: deadlock detected\nDETAIL:  Process {pid} waits for ShareLock "
                    "on transaction {big}; blocked by process {pid}.",)},
        {"java": ("src/main/java/com/acme/settlement/SettlementService.java",), "go": ("internal/store/settle.go",),
         "node": ("src/services/settlement.ts",), "python": ("app/services/settlement.py",)},
    ),
    _family(
        "fd_exhaustion", set(), "deploy", ("errors",),
        {"en": ("FileDescriptorsExhausted", "ProcessOpenFDsHigh", "TooManyOpenFiles"),
         "de": "DateideskriptorenErschoepft", "es": "DescriptoresAgotados", "fr": "DescripteursEpuises"},
        (("{service} uses {pct}% of its file descriptor limit", "process_open_fds of {service} near the maximum",
          "{service} cannot open new sockets"),
         ("{version} created a new HTTP client per request without closing it; sockets leaked until the process hit "
          "its limit of {big} open files",
          "Response bodies from {upstream} were never closed after the refactor, leaking connections and file "
          "descriptors",
          "The new upload path opened temp files without closing them; the process reached ulimit -n"),
         ("Rolled back, reused one shared client, added an alert on open file descriptors",
          "Closed the response bodies and redeployed",
          "Closed temp files with try-with-resources and raised nofile to 65536"),
         ("Create {upstream} client per request for per-tenant auth", "Stream uploads to temp files")),
        ("{service} nutzt {pct} % seiner Dateideskriptoren",
         "{version} erzeugte pro Anfrage einen neuen HTTP-Client, ohne ihn zu schließen; Sockets liefen aus, bis der "
         "Prozess sein Limit offener Dateien erreichte",
         "Rollback, ein gemeinsamer Client, Alarm auf offene Dateideskriptoren",
         "{upstream}-Client pro Anfrage für Mandanten-Auth"),
        ("{service} usa el {pct} % de sus descriptores de archivo",
         "{version} creaba un cliente HTTP nuevo por petición sin cerrarlo; los sockets se acumularon hasta el "
         "límite de archivos abiertos del proceso",
         "Rollback, un único cliente compartido y alerta sobre descriptores abiertos",
         "Crear cliente de {upstream} por petición"),
        ("{service} utilise {pct} % de ses descripteurs de fichiers",
         "{version} créait un client HTTP par requête sans le fermer ; les sockets fuyaient jusqu'à la limite de "
         "fichiers ouverts du processus",
         "Retour arrière, un client partagé, alerte sur les descripteurs ouverts",
         "Client {upstream} créé par requête"),
        {"java": ("java.io.IOException: Too many open files\n\tat java.base/sun.nio.ch.Net.accept(Native Method)",
                  "java.net.SocketException: Too many open files"),
         "go": ("http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in {ms}ms",
                "dial tcp {ip}:{port}: socket: too many open files"),
         "node": ("Error: EMFILE: too many open files, open '/tmp/upload-{id}'",
                  "Error: connect EMFILE {ip}:{port} - Local (undefined:undefined)"),
         "python": ("OSError: [Errno 24] Too many open files: '/tmp/upload-{id}'",)},
        {"java": ("src/main/java/com/acme/client/TenantHttpClient.java",), "go": ("internal/client/tenant.go",),
         "node": ("src/clients/tenantClient.ts",), "python": ("app/clients/tenant.py",)},
    ),
    _family(
        "replica_lag", {SQL}, "none", ("errors",),
        {"en": ("ReplicationLagHigh", "PostgresReplicationLag", "ReadReplicaBehind"),
         "de": "ReplikationVerzoegert", "es": "RetrasoReplica", "fr": "RetardReplication"},
        (("Replica of {db} is {n}0s behind the primary", "Replication lag on {db} above 30s",
          "Read replica lag affecting {service}"),
         ("A long-running analytics query on the replica held back replay; the replica fell minutes behind and "
          "{service} served stale reads (orders 'not found' right after creation)",
          "A bulk backfill on the primary produced more WAL than the replica could apply; read-after-write in "
          "{service} failed",
          "A backup job saturated the replica's disk, so replication lagged by minutes"),
         ("Cancelled the analytics query, moved analytics to its own replica; read-your-writes now go to the primary",
          "Throttled the backfill to batches of 1000 with pauses",
          "Moved backups off the serving replica")),
        ("Replikat von {db} hängt {n}0 s hinterher",
         "Eine lange Analyseabfrage auf dem Replikat hielt das Replay auf; das Replikat lag Minuten zurück und "
         "{service} las veraltete Daten",
         "Analyseabfrage abgebrochen, Analysen auf eigenes Replikat verlegt"),
        ("La réplica de {db} va {n}0 s por detrás del primario",
         "Una consulta analítica larga en la réplica frenó la reproducción; la réplica quedó minutos atrás y "
         "{service} leía datos obsoletos",
         "Se canceló la consulta analítica y la analítica pasó a su propia réplica"),
        ("Le réplica de {db} a {n}0 s de retard sur le primaire",
         "Une longue requête analytique sur le réplica a freiné le rejeu ; le réplica avait des minutes de retard et "
         "{service} lisait des données périmées",
         "Requête analytique annulée, analyses déplacées sur un réplica dédié"),
        {"java": ("OrderNotFoundException: order {id} not found (read from replica, lag {n}s)",
                  "org.postgresql.util.PSQLException: ERROR: canceling statement due to conflict with recovery"),
         "go": ("order {id} not found on replica (seconds_behind_master={n})",),
         "node": ("NotFoundError: order {id} not found (replica lag {n}s)",),
         "python": ("psycopg2.errors.SerializationFailure: canceling statement due to conflict with recovery",
                    "Order.DoesNotExist: Order matching query does not exist. (id={id}, db=replica)")},
    ),
    _family(
        "ingress_misroute", set(), "deploy", ("errors", "availability"),
        {"en": ("BlackboxProbeFailed", "Ingress404Spike", "NginxHighHttp4xxRate"),
         "de": "IngressFehlrouting", "es": "EnrutamientoIngressErroneo", "fr": "RoutageIngressErrone"},
        (("Blackbox probe of https://{host}/health failing", "404 rate on the ingress of {service} above 20%",
          "Requests to {service} routed to the wrong backend"),
         ("The ingress change added rewrite-target: / to the {service} rule, stripping the /api prefix; every API "
          "route returned 404",
          "Two ingresses claimed the same host after the chart upgrade; nginx sent half the traffic to the old "
          "backend",
          "A pathType change from Prefix to Exact made every sub-path of {service} unroutable"),
         ("Reverted the ingress annotation; added a synthetic check per route",
          "Deleted the stale ingress and added an admission policy against duplicate hosts",
          "Restored pathType: Prefix and added ingress tests to the chart CI"),
         ("Simplify ingress rules for {service}", "Ingress: use Exact paths")),
        ("Ingress leitet Anfragen an {service} falsch weiter",
         "Die Ingress-Änderung setzte rewrite-target: / für {service} und entfernte das Präfix /api; jede API-Route "
         "lieferte 404",
         "Ingress-Annotation zurückgenommen, synthetischer Check pro Route",
         "Ingress-Regeln für {service} vereinfacht"),
        ("El ingress enruta mal las peticiones a {service}",
         "El cambio de ingress añadió rewrite-target: / a la regla de {service} y quitó el prefijo /api; todas las "
         "rutas de la API devolvían 404",
         "Se revirtió la anotación del ingress y se añadió un chequeo sintético por ruta",
         "Simplificar reglas de ingress de {service}"),
        ("L'ingress route mal les requêtes vers {service}",
         "La modification de l'ingress a ajouté rewrite-target: / à la règle de {service}, supprimant le préfixe "
         "/api ; toutes les routes de l'API renvoyaient 404",
         "Annotation de l'ingress annulée, sonde synthétique ajoutée par route",
         "Simplification des règles d'ingress de {service}"),
        {"java": ("No mapping for GET /orders/{id}",
                  "Resolved [org.springframework.web.servlet.NoHandlerFoundException: No endpoint GET /orders/{id}.]"),
         "go": ("404 page not found: GET /orders/{id} (no route matched)",),
         "node": ("Cannot GET /orders/{id} (404)",),
         "python": ("Not Found: /orders/{id}",)},
        {"java": ("deploy/ingress.yaml", "deploy/values-prod.yaml"), "go": ("deploy/ingress.yaml",),
         "node": ("deploy/ingress.yaml",), "python": ("deploy/ingress.yaml",)},
    ),
)
HELD_OUT_FAMILIES = frozenset({"clock_skew", "db_deadlock", "fd_exhaustion", "replica_lag", "ingress_misroute"})
"""Queries of these families are held out; so is every query of :data:`HELD_OUT_PROJECTS`."""
BY_KEY = {f.key: f for f in FAMILIES}
FLAGS = ("new-checkout-flow", "async-ledger-writes", "v2-pricing-engine", "smart-routing", "bulk-dispatch")
ENV_VARS = ("PAYMENT_WEBHOOK_SECRET", "REDIS_URL", "PARTNER_API_TOKEN", "DATABASE_URL", "SMTP_PASSWORD")


def applies(family: Family, team: Team) -> bool:
    """Whether the family can strike the team (its infrastructure has what the family needs)."""
    return family.needs <= team.infra
