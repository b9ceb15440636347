"""Bad input of the kinds that really arrive: a producer cut off mid-write, a field of
the wrong type, a format nobody registered, a time without a zone, a proxy's error page.
Each must end in the dead-letter queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from signalcraft.sources.scenario.org import Collector, go_time, hexid, iso_s, sc_headers

NOT_JSON = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    b"ALERT HighErrorRate FIRING service=payments-api",
    b"",
    b"\x00\x00\x00\x00\x07\x0eservice:http_requests:rate1m",
    b"deployment payments-api v2.14.0 -> production OK",
)


def _wrong_type(kind: str, at: datetime, out: Collector) -> tuple[str, object, dict[str, str]]:
    """A payload of ``kind`` whose one field has the wrong JSON type."""
    if kind == "metrics":
        return "prometheus-kafka-adapter", {
            "value": {"double": 0.25}, "timestamp": iso_s(at), "name": "service:http_requests:rate1m",
            "labels": {"__name__": "service:http_requests:rate1m", "service": "cart-service", "workspace": "acme"},
        }, {}
    if kind == "alerts":
        return "alertmanager", {
            "receiver": "signalcraft-checkout", "status": "firing",
            "alerts": [{"status": "firing", "labels": ["alertname=HighErrorRate", "service=cart-service"],
                        "annotations": {}, "startsAt": go_time(at), "endsAt": "0001-01-01T00:00:00Z",
                        "generatorURL": "", "fingerprint": hexid(out.rng, 16)}],
            "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {}, "externalURL": "https://alertmanager.acme.io",
            "version": "4", "groupKey": "{}:{}", "truncatedAlerts": 0,
        }, sc_headers("alertmanager")
    if kind == "changes":
        return "github-deployment", {
            "action": "created",
            "deployment": {"id": str(out.rng.randrange(2_143_000_000, 2_149_000_000)), "sha": hexid(out.rng, 40),
                           "ref": "main", "environment": "staging", "created_at": iso_s(at)},
            "repository": {"name": "cart-service", "full_name": "acme-corp/cart-service"},
        }, {"x-github-event": "deployment", **sc_headers("github-deployment")}
    if kind == "audit":
        return "alertmanager-silence", {
            "id": hexid(out.rng, 8), "status": {"state": "active"}, "matchers": "alertname=DiskSpaceLow",
            "startsAt": iso_s(at), "endsAt": iso_s(at + timedelta(hours=2)), "createdBy": "bot@acme.io", "comment": "",
        }, sc_headers("alertmanager-silence")
    return "otlp-logs", {"resourceLogs": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "cart-service"}}]},
        "scopeLogs": [{"scope": {"name": "cart"}, "logRecords": [{
            "timeUnixNano": str(int(at.timestamp()) * 10**9), "severityNumber": "ERROR",
            "body": {"stringValue": "boom"}}]}],
    }]}, sc_headers(None)


def emit_malformed(out: Collector) -> None:
    """Add the bad messages, about 0.1–0.2 % of the total."""
    rng = out.rng
    good = out.messages()
    span = (out.end - out.start).total_seconds()

    def when() -> datetime:
        return out.start + timedelta(seconds=rng.uniform(0, span))

    for _ in range(rng.randrange(25, 46)):
        msg = good[rng.randrange(len(good))]
        at = datetime.fromtimestamp(msg.timestamp_ms / 1000, tz=UTC)
        cut = 8 + int(rng.random() * max(1, len(msg.value) - 9))  # one draw whatever the length
        out.emit(msg.kind, msg.format, msg.value[:cut], at, headers=msg.headers, key=msg.key,
                 malformed="truncated JSON")
    for _ in range(rng.randrange(10, 21)):
        kind = rng.choice(("metrics", "alerts", "changes", "audit", "logs"))
        at = when()
        fmt, body, headers = _wrong_type(kind, at, out)
        out.emit(kind, fmt, body, at, headers=headers, malformed="wrong type")
    for _ in range(rng.randrange(3, 7)):
        at = when()
        body = {"event_id": str(rng.randrange(10**6, 10**7)), "host": "db-backup-01",
                "trigger": "Backup older than 26h", "severity": "Average", "clock": int(at.timestamp())}
        out.emit("alerts", "zabbix", body, at, headers=sc_headers("zabbix"), malformed="unknown format")
    for _ in range(rng.randrange(3, 7)):
        at = when()
        naive = at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}"
        body = {
            "receiver": "signalcraft-search", "status": "firing",
            "alerts": [{"status": "firing",
                        "labels": {"alertname": "DiskSpaceLow", "project": "search", "service": "indexer",
                                   "environment": "production", "severity": "warning"},
                        "annotations": {"summary": "indexer-1 /data is 88% full"}, "startsAt": naive,
                        "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "", "fingerprint": hexid(rng, 16)}],
            "groupLabels": {"alertname": "DiskSpaceLow"}, "commonLabels": {}, "commonAnnotations": {},
            "externalURL": "http://legacy-alertmanager:9093", "version": "4",
            "groupKey": '{}:{alertname="DiskSpaceLow"}',
            "truncatedAlerts": 0,
        }
        out.emit("alerts", "alertmanager", body, at, headers=sc_headers("alertmanager"), malformed="naive timestamp")
    for _ in range(rng.randrange(8, 16)):
        kind = rng.choice(("alerts", "changes", "metrics", "logs"))
        out.emit(kind, None, rng.choice(NOT_JSON), when(), headers=sc_headers(None), malformed="not JSON")
