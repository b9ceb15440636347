"""Grafana annotations from the store: their shape, and a second run that posts nothing twice.

Grafana does not run here; a small HTTP server on 127.0.0.1 keeps what is posted and answers
``GET /api/annotations?tags=…`` the way Grafana's annotations API does (every tag must match).
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from signalcraft.cli import main
from signalcraft.copilot.annotations import annotations
from signalcraft.copilot.store import open_read_only
from signalcraft.models import EarlyWarning
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import at, change

SINCE, UNTIL = "2024-03-05T09:00:00Z", "2024-03-05T12:00:00Z"


def _warning() -> EarlyWarning:
    return EarlyWarning(id="warning-1", workspace_id="acme", labels={"alertname": "HighErrorVelocity",
                     "service": "checkout", "environment": "prod", "severity": "warning"},
                     annotations={"summary": "High Error Velocity Detected (3.4σ above normal)"},
                     starts_at=at(5), ends_at=at(25), generator_url="", metric_key="alerts:acme/shop/prod/checkout",
                     observed=9.0, expected=1.0, band=(0.0, 3.0), sigma=3.4, method="rolling_zscore",
                     status="resolved", version=2)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("ann") / "s.duckdb"
    rows = [
        change("d-req", "deployment", "github-deployment", 0, summary="deploy v2", version="v2", phase="requested"),
        change("d-live", "deployment", "github-deployment-status", 3, summary="deploy v2", version="v2",
               phase="live", actor="ana"),
        change("d-argo", "deployment", "argocd", 4, summary="sync v2", version="v2", phase="live"),  # same deploy
        change("f1", "flag_change", "launchdarkly", 10, summary="new-checkout on", actor="bo"),
        change("f-other", "flag_change", "launchdarkly", 11, summary="x", actor="cy").model_copy(
            update={"workspace_id": "globex"}),
        _warning(),
    ]
    with DuckDBWriter(path) as writer:
        writer.add(rows)
        writer.flush()
    return path


def test_one_marker_per_live_change_and_a_region_per_warning(store):
    from datetime import datetime

    con = open_read_only(store)
    try:
        found = annotations(con, datetime.fromisoformat(SINCE), datetime.fromisoformat(UNTIL), workspace="acme")
    finally:
        con.close()
    bodies = [a.as_json() for a in found]
    assert [b["text"] for b in bodies] == [
        "deployment checkout v2 by ana: deploy v2",  # the first live report; argocd's is the same deploy
        "High Error Velocity Detected (3.4σ above normal)",
        "flag change checkout by bo: new-checkout on",
    ]
    deploy, warning, flag = bodies
    assert deploy["time"] == int(at(3).timestamp() * 1000) and "timeEnd" not in deploy
    assert (warning["time"], warning["timeEnd"]) == (int(at(5).timestamp() * 1000), int(at(25).timestamp() * 1000))
    assert {"signalcraft", "change", "deployment", "checkout", "prod"} <= set(deploy["tags"])
    assert [t for t in flag["tags"] if t.startswith("sc-id:")] == [f"sc-id:{found[2].key}"]


class _Grafana:
    def __init__(self) -> None:
        self.stored: list[dict] = []
        self.auth: set[str | None] = set()

    def start(self) -> ThreadingHTTPServer:
        grafana = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, body) -> None:
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                grafana.auth.add(self.headers.get("Authorization"))
                query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
                tags = set(query.get("tags", []))
                self._reply([a for a in grafana.stored if tags <= set(a["tags"])])

            def do_POST(self):
                grafana.auth.add(self.headers.get("Authorization"))
                grafana.stored.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self._reply({"message": "Annotation added", "id": len(grafana.stored)})

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def test_posting_twice_adds_nothing_the_second_time(store, capsys, monkeypatch):
    grafana = _Grafana()
    server = grafana.start()
    monkeypatch.setenv("GRAFANA_TOKEN", "glsa_test_secret")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    argv = ["annotations", "--db", str(store), "--since", SINCE, "--until", UNTIL, "--workspace", "acme",
            "--grafana-url", url, "--dashboard-uid", "ops", "--panel-id", "4"]
    try:
        assert main(argv) == 0
        first = capsys.readouterr()
        assert main(argv) == 0
        second = capsys.readouterr()
    finally:
        server.shutdown()
    assert first.out.strip() == "3 annotations: 3 added, 0 already in Grafana"
    assert second.out.strip() == "3 annotations: 0 added, 3 already in Grafana"
    assert len(grafana.stored) == 3 and all(a["dashboardUID"] == "ops" and a["panelId"] == 4 for a in grafana.stored)
    assert grafana.auth == {"Bearer glsa_test_secret"}
    assert "glsa_test_secret" not in first.out + first.err + second.out + second.err


def test_a_missing_token_is_one_clear_line(store, capsys, monkeypatch):
    monkeypatch.delenv("GRAFANA_TOKEN", raising=False)
    code = main(["annotations", "--db", str(store), "--since", "24h", "--grafana-url", "http://127.0.0.1:9"])
    assert code == 1 and "GRAFANA_TOKEN" in capsys.readouterr().err


def test_to_a_file(store, tmp_path, capsys):
    out = tmp_path / "a.json"
    assert main(["annotations", "--db", str(store), "--since", SINCE, "--until", UNTIL, "--out", str(out)]) == 0
    bodies = json.loads(out.read_text())
    assert len(bodies) == 4  # with the other workspace's flag change: no --workspace
    assert capsys.readouterr().out.strip() == f"4 annotations -> {out}"
