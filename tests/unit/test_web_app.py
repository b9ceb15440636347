"""The web app on a small store through Starlette's TestClient: the list and its filters, the incident
page and its JSON, the chart's facts, 404s, bearer tokens and workspaces kept apart, ask answers and
refusals, errors without stack traces, and a read copy replaced under a running app."""

from __future__ import annotations

import logging
import shutil
import sys
import xml.etree.ElementTree as ET

import pytest
from starlette.testclient import TestClient

from signalcraft.config import ServeSettings
from signalcraft.models import AlertGroup, Correlation, EarlyWarning, LogRecord, LogTemplate, Resolution, make_id
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from signalcraft.web import api
from signalcraft.web.app import create_app
from signalcraft.web.store import ReadStore
from tests.support import alert, at, change

HOSTILE = "<script>alert(1)</script>"
TOKENS = '{"tok-acme": "acme", "tok-globex": "globex"}'


def group(gid, workspace, name, service, minutes, fps, project="shop", environment="prod", status="created",
          severity="critical"):
    return AlertGroup(id=gid, workspace_id=workspace, group_key=f'{{alertname="{name}"}}',
                      group_labels={"alertname": name}, project=project, environment=environment, service=service,
                      status=status, opened_at=at(minutes), updated_at=at(minutes),
                      resolved_at=at(minutes + 20) if status == "resolved" else None, fingerprints=tuple(fps),
                      alert_count=len(fps), max_severity=severity, version=1)


def correlation(gid, workspace, ch, rank, suspect, lag_s):
    return Correlation(id=make_id("corr", gid, ch.id), workspace_id=workspace, group_id=gid, change_id=ch.id,
                       rank=rank, score=0.9 if suspect else 0.4, lag_s=lag_s, reasons=("same service",),
                       suspect=suspect, requested_at=ch.timestamp, live_at=ch.timestamp)


def records():
    deploy = change("d1", "deployment", "github-deployment-status", 50, service="payments-api", actor="ana",
                    summary="deployed payments-api v2.14.0 (63544dc) to production",
                    version="63544dc8fa959c59539ccb180845fe7c576e1e74", details={"ref": "v2.14.0"})
    flag = change("f1", "flag_change", "launchdarkly", 55, service="checkout", actor="bo", summary="flag on",
                  details={"flag_key": "retry-v2"})
    staging = change("s1", "deployment", "argocd", 52, service="payments-api", summary="staging deploy")
    staging = staging.model_copy(update={"environment": "staging"})
    pay = alert("HighErrorRate", "payments-api", "firing", 60)
    pay2 = alert("HighErrorRate", "payments-api", "firing", 61, fingerprint="fp-pay-2")
    cart = alert("CartErrors", "cart-service", "firing", 61, severity="warning")
    old = alert(HOSTILE, "search", "firing", 0, severity="warning").model_copy(update={"project": "search"})
    globex = alert("BillingExportFailed", "billing-api", "firing", 70).model_copy(update={"workspace_id": "globex"})
    warning = EarlyWarning(id="warning-1", workspace_id="acme",
                           labels={"alertname": "HighErrorVelocity", "severity": "warning", "project": "shop",
                                   "environment": "prod", "service": "payments-api"},
                           annotations={"summary": "High Error Velocity Detected (7.6σ above normal)"},
                           starts_at=at(52), ends_at=at(58), generator_url="http://x", metric_key="errors{}",
                           observed=9, expected=1, band=(0, 2), sigma=7.6, method="rolling_zscore")
    template = LogTemplate(id="tpl-1", workspace_id="acme", service="payments-api",
                           template="HikariPool <*> connection is not available", first_seen=at(53),
                           last_seen=at(56), count=3, error_count=3, example="HikariPool-1 connection is not available",
                           is_error=True, version=3)
    logs = [LogRecord(id=f"log-{i}", workspace_id="acme", project="shop", environment="prod", service="payments-api",
                      severity_number=17, is_error=True, body="HikariPool-1 connection is not available",
                      timestamp=at(m), source="otlp", template_id="tpl-1") for i, m in enumerate((53, 56, 56.5))]
    return [deploy, flag, staging, pay, pay2, cart, old, globex, warning, template, *logs,
            group("g-open", "acme", "HighErrorRate", "payments-api", 60, [pay.fingerprint, "fp-pay-2",
                                                                          cart.fingerprint]),
            correlation("g-open", "acme", deploy, 1, True, 600), correlation("g-open", "acme", flag, 2, False, 300),
            group("g-old", "acme", HOSTILE, "search", 0, [old.fingerprint], project="search", status="resolved",
                  severity="warning"),
            Resolution(id="res-1", workspace_id="acme", group_id="g-old", resolved_at=at(20), fix="restarted",
                       source="manual"),
            group("g-globex", "globex", "BillingExportFailed", "billing-api", 70, [globex.fingerprint],
                  project="billing")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "s.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add(records())
        writer.flush()
    return path


@pytest.fixture(scope="module")
def store(db):
    s = ReadStore(db, lance=db.parent / "no-memory.lance")
    yield s
    s.close()


def client(store, tokens=None, **kw):
    settings = ServeSettings(allowed_hosts="testserver", tokens=tokens, **kw)
    return TestClient(create_app(store, settings), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def open_client(store):
    return client(store)


def test_the_list_is_newest_first_with_services_status_and_the_suspect_in_one_line(open_client):
    got = open_client.get("/api/incidents").json()["incidents"]
    assert [i["id"] for i in got] == ["g-globex", "g-open", "g-old"]
    first = got[1]
    assert first["services"] == ["cart-service", "payments-api"] and first["alertnames"] == ["CartErrors",
                                                                                             "HighErrorRate"]
    assert (first["severity"], first["status"], first["alert_count"]) == ("critical", "open", 3)
    assert first["suspect"]["text"] == ("deployed payments-api v2.14.0 (63544dc) to production by ana, "
                                        "10 min before the first alert")
    assert got[2]["status"] == "resolved" and got[2]["suspect"] is None


@pytest.mark.parametrize(("query", "ids"), [
    ("project=shop", ["g-open"]),
    ("environment=production", ["g-globex", "g-open", "g-old"]),  # prod is production
    ("environment=staging", []),
    ("status=resolved", ["g-old"]),
    ("status=open&severity=critical", ["g-globex", "g-open"]),
    ("since=2024-03-05T10:30:00Z", ["g-globex", "g-open"]),
    ("until=2024-03-05T11:00:00Z", ["g-old"]),
    ("limit=1", ["g-globex"]),
])
def test_the_list_filters_by_query_parameters(open_client, query, ids):
    assert [i["id"] for i in open_client.get(f"/api/incidents?{query}").json()["incidents"]] == ids


@pytest.mark.parametrize("query", ["status=closed", "severity=huge", "limit=0", "limit=x", "since=yesterdayish"])
def test_a_bad_filter_is_400_naming_the_parameter(open_client, query):
    r = open_client.get(f"/api/incidents?{query}")
    assert r.status_code == 400 and r.json()["error"].startswith(query.split("=")[0] + ":")


def test_the_list_page_shows_the_rows_escaped(open_client):
    r = open_client.get("/incidents")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.count('<a href="/incidents/g-') == 3
    assert HOSTILE not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "by ana, 10 min before the first alert" in r.text


def test_the_incident_json_carries_the_brief_and_the_chart_facts(open_client):
    j = open_client.get("/api/incidents/g-open").json()
    assert j["headline"] == ("Suspect: deployed payments-api v2.14.0 (63544dc) to production by ana, "
                             "10 min before the first alert")
    assert j["suspect"]["change_id"] == make_id("change", "d1") and len(j["candidates"]) == 2
    c = j["chart"]
    assert (c["start"], c["end"]) == ("2024-03-05T10:00:00+00:00", "2024-03-05T11:31:00+00:00")
    marks = {(m["label"], m["kind"], m["at"]) for m in c["changes"]}
    assert marks == {("deploy payments-api v2.14.0", "suspect", "2024-03-05T10:50:00+00:00"),
                     ("flag retry-v2", "candidate", "2024-03-05T10:55:00+00:00")}  # not the staging deploy
    assert [(b["service"], b["at"][11:16], b["alerts"]) for b in c["bars"]] == [
        ("payments-api", "11:00", 1), ("cart-service", "11:01", 1), ("payments-api", "11:01", 1)]
    assert [(s["start"][11:16], s["end"][11:16], s["label"]) for s in c["shades"]] == [
        ("10:52", "10:58", "early warning")]
    assert [(s["at"][11:16], s["label"]) for s in c["surges"]] == [("10:56", "new payments-api")]  # its busiest minute
    assert j["similar_available"] is False and "incident memory" in j["similar_note"]
    assert j["chart_svg"] == "/incidents/g-open/chart.svg"


def test_the_incident_page_draws_the_chart_inline_with_the_suspect_marked(open_client):
    r = open_client.get("/incidents/g-open")
    assert r.status_code == 200
    svg_text = r.text[r.text.index("<svg"):r.text.index("</svg>") + 6]
    root = ET.fromstring(svg_text)
    ns = {"s": "http://www.w3.org/2000/svg"}
    suspect = root.find(".//s:g[@class='change suspect']", ns)
    assert suspect.find("s:text", ns).text == "deploy payments-api v2.14.0"
    assert len(root.findall(".//s:rect[@class='warning']", ns)) == 1
    assert len(root.findall(".//s:g[@class='surge']", ns)) == 1
    assert "Suspect: deployed payments-api v2.14.0" in r.text
    assert "similar incidents are unavailable" in r.text  # no memory: the page still stands
    assert '<form id="ask" method="post" action="/ask">' in r.text and 'src="/static/ask.js"' in r.text
    assert "http://" not in r.text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing from elsewhere


def test_the_chart_alone_is_served_as_svg(open_client):
    r = open_client.get("/incidents/g-open/chart.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert 'class="change suspect"' in r.text


def test_an_unknown_incident_is_404_in_json_and_as_a_page(open_client):
    r = open_client.get("/api/incidents/nope")
    assert r.status_code == 404 and r.json() == {"error": "no incident 'nope'"}
    page = open_client.get("/incidents/%3Cb%3Enope")
    assert page.status_code == 404 and "<b>nope" not in page.text and "&lt;b&gt;nope" in page.text


def test_the_resolved_incident_shows_how_it_was_resolved_and_escapes_its_alert_name(open_client):
    r = open_client.get("/incidents/g-old")
    assert "How this one was resolved" in r.text and "restarted" in r.text
    assert HOSTILE not in r.text and "No suspect change" in r.text


def test_ask_answers_with_the_table_and_its_sql(open_client):
    r = open_client.post("/api/ask", json={"question": "critical alerts for payments-api",
                                           "now": "2024-03-05T12:00:00Z"})
    assert r.status_code == 200
    j = r.json()
    assert j["sql"].startswith("SELECT") and "payments-api" in j["sql"]
    assert "name" in j["columns"] and len(j["rows"]) == 2
    assert j["now"] == "2024-03-05T12:00:00+00:00"


@pytest.mark.parametrize(("body", "kind"), [
    ({"question": "delete all alerts"}, "asks_to_change_data"),
    ({"question": "alerts for the zebra-service"}, None),
])
def test_a_refused_question_is_400_with_the_reason_and_runs_nothing(open_client, body, kind):
    r = open_client.post("/api/ask", json=body)
    assert r.status_code == 400
    j = r.json()
    assert j["error"] and j["question"] == body["question"] and "kind" in j
    if kind:
        assert j["kind"] == kind


@pytest.mark.parametrize("raw", [b"", b"not json", b'["a list"]', b'{"question": 3}', b'{"question": "  "}'])
def test_an_ask_without_a_question_is_400(open_client, raw):
    r = open_client.post("/api/ask", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"].startswith("ask: no question")


def test_the_ask_form_without_javascript_gets_an_answer_page(open_client):
    r = open_client.post("/ask", data={"question": "critical alerts for payments-api", "now": "2024-03-05T12:00Z"})
    assert r.status_code == 200 and '<pre class="sql">SELECT' in r.text and "2 row(s)" in r.text
    refused = open_client.post("/ask", data={"question": "drop table alert_events"})
    assert refused.status_code == 400 and 'class="refused"' in refused.text


def test_there_is_no_write_endpoint(open_client):
    for method, path in [("POST", "/api/incidents"), ("DELETE", "/api/incidents/g-open"),
                         ("PUT", "/api/incidents/g-open"), ("GET", "/api/ask"), ("POST", "/incidents/g-open")]:
        assert open_client.request(method, path).status_code == 405, (method, path)


def test_every_response_carries_the_security_headers_and_a_foreign_host_is_refused(open_client):
    r = open_client.get("/incidents")
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"
    assert open_client.get("/incidents", headers={"host": "evil.example"}).status_code == 400


def test_an_unexpected_error_is_a_short_500_without_trace_or_path(store, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("/srv/secret/path/store.duckdb exploded")

    monkeypatch.setattr(api, "list_incidents", broken)
    c = client(store)
    for path in ("/api/incidents", "/incidents"):
        r = c.get(path)
        assert r.status_code == 500
        assert "internal error" in r.text
        assert "/srv/secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text


# --- tokens and workspaces ----------------------------------------------------


@pytest.fixture(scope="module")
def token_client(store):
    return client(store, tokens=TOKENS)


def bearer(token):
    return {"authorization": f"Bearer {token}"}


@pytest.mark.parametrize("headers", [{}, bearer("tok-nobody"), {"authorization": "Basic tok-acme"},
                                     {"authorization": "Bearer"}, bearer("TOK-ACME")])
@pytest.mark.parametrize("path", ["/api/incidents", "/incidents", "/incidents/g-open", "/static/ask.js"])
def test_with_tokens_a_request_without_a_known_one_is_401(token_client, headers, path):
    r = token_client.get(path, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert "g-open" not in r.text and "payments-api" not in r.text


def test_a_token_sees_only_its_workspaces_incidents(token_client):
    acme = token_client.get("/api/incidents", headers=bearer("tok-acme")).json()["incidents"]
    globex = token_client.get("/api/incidents", headers=bearer("tok-globex")).json()["incidents"]
    assert [i["id"] for i in acme] == ["g-open", "g-old"] and [i["id"] for i in globex] == ["g-globex"]
    assert token_client.get("/api/incidents/g-open", headers=bearer("tok-acme")).status_code == 200
    other = token_client.get("/api/incidents/g-open", headers=bearer("tok-globex"))
    assert other.status_code == 404 and other.json() == {"error": "no incident 'g-open'"}  # as if it did not exist
    assert token_client.get("/incidents/g-globex", headers=bearer("tok-acme")).status_code == 404
    assert token_client.get("/incidents/g-globex/chart.svg", headers=bearer("tok-acme")).status_code == 404


def test_a_tokens_asks_are_answered_from_its_workspace_only(token_client):
    body = {"question": "critical alerts", "now": "2024-03-05T12:00:00Z"}
    acme = token_client.post("/api/ask", json=body, headers=bearer("tok-acme")).json()
    globex = token_client.post("/api/ask", json=body, headers=bearer("tok-globex")).json()
    names = lambda j: {r[j["columns"].index("name")] for r in j["rows"]}  # noqa: E731 - a one-line reader
    spaces = lambda j: {r[j["columns"].index("workspace_id")] for r in j["rows"]}  # noqa: E731
    assert names(acme) == {"HighErrorRate"} and spaces(acme) == {"acme"}
    assert names(globex) == {"BillingExportFailed"} and spaces(globex) == {"globex"}
    assert "'acme'" in acme["sql"] and "'globex'" in globex["sql"]
    # a value only the other workspace has is not even known to the reader
    refused = token_client.post("/api/ask", json={"question": "alerts for billing-api"}, headers=bearer("tok-acme"))
    assert refused.status_code == 400


def test_a_bad_token_map_is_refused_without_echoing_a_token(monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_SERVE_TOKENS", '{"s3cr3t-value": ""}')
    with pytest.raises(ValueError) as err:
        ServeSettings()
    assert "s3cr3t" not in str(err.value) and "entry 1" in str(err.value)
    monkeypatch.setenv("SIGNALCRAFT_SERVE_TOKENS", "s3cr3t-not-json")
    with pytest.raises(ValueError) as err:
        ServeSettings()
    assert "s3cr3t" not in str(err.value) and "not JSON" in str(err.value)
    assert "tok-acme" not in repr(ServeSettings(tokens=TOKENS))


# --- the read copy replaced under the app -------------------------------------------


def test_a_replaced_read_copy_is_reopened(db, tmp_path):
    copy = tmp_path / "read.duckdb"
    shutil.copyfile(db, copy)
    s = ReadStore(copy, lance=tmp_path / "none.lance", check_every_s=0)
    c = client(s)
    try:
        assert len(c.get("/api/incidents").json()["incidents"]) == 3
        refused = c.post("/api/ask", json={"question": "alerts for the db service"})
        assert refused.status_code == 400 and refused.json()["kind"] == "ungrounded"  # no service db yet
        newer = tmp_path / "newer.duckdb"
        shutil.copyfile(db, newer)
        extra = alert("DiskFull", "db", "firing", 90)
        with DuckDBWriter(newer) as writer:
            writer.add([extra, group("g-new", "acme", "DiskFull", "db", 90, [extra.fingerprint])])
            writer.flush()
        newer.replace(copy)  # as the flow publishes its read copy
        assert c.get("/api/incidents").json()["incidents"][0]["id"] == "g-new"
        answer = c.post("/api/ask", json={"question": "alerts for the db service"})  # the names read again
        assert answer.status_code == 200 and [r[answer.json()["columns"].index("name")]
                                              for r in answer.json()["rows"]] == ["DiskFull"]
    finally:
        s.close()


def test_the_store_names_are_read_once_per_file_and_workspace(db, monkeypatch):
    from signalcraft.copilot.ask_vocab import Vocabulary

    loads = []
    real = Vocabulary.load.__func__
    monkeypatch.setattr(Vocabulary, "load",
                        classmethod(lambda cls, con, ws=None: loads.append(ws) or real(cls, con, ws)))
    s = ReadStore(db)
    try:
        c = client(s)
        for question in ("alerts", "critical alerts", "how many alerts"):
            assert c.post("/api/ask", json={"question": question}).status_code == 200
        assert loads == [None]
    finally:
        s.close()


def test_without_the_copilot_extra_the_page_stands_and_says_why(db, monkeypatch):
    monkeypatch.setitem(sys.modules, "lancedb", None)  # as if LanceDB were not installed
    s = ReadStore(db)
    try:
        j = client(s).get("/api/incidents/g-open").json()
        assert j["similar_available"] is False and "pip install 'signalcraft-intel[copilot]'" in j["similar_note"]
        assert j["chart"]["changes"] and j["headline"].startswith("Suspect:")
    finally:
        s.close()


def test_tokens_never_reach_the_log(token_client, caplog):
    caplog.set_level(logging.DEBUG)
    token_client.get("/api/incidents", headers=bearer("tok-acme"))
    token_client.get("/api/incidents", headers=bearer("tok-wrong-guess"))
    token_client.post("/api/ask", json={"question": "alerts"}, headers=bearer("tok-globex"))
    assert caplog.records  # something was logged (the queries, the client), none of it a token
    assert not any(t in caplog.text for t in ("tok-acme", "tok-wrong-guess", "tok-globex"))


def test_requests_running_while_the_read_copy_is_replaced_all_succeed(db, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    copy = tmp_path / "read.duckdb"
    shutil.copyfile(db, copy)
    s = ReadStore(copy, lance=tmp_path / "none.lance", check_every_s=0)
    c = client(s)
    try:
        def fetch(i: int) -> int:
            if i % 10 == 5:  # now and then the flow publishes a new copy
                fresh = tmp_path / f"fresh-{i}.duckdb"
                shutil.copyfile(db, fresh)
                fresh.replace(copy)
            return c.get("/api/incidents/g-open" if i % 2 else "/api/incidents").status_code

        with ThreadPoolExecutor(6) as pool:
            codes = list(pool.map(fetch, range(60)))
        assert codes == [200] * 60
    finally:
        s.close()
