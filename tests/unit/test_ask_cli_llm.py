"""``signalcraft ask`` as a command, and the optional language model behind the same gate.

The model is an HTTP server speaking the OpenAI chat-completions protocol on 127.0.0.1 that
answers what each test tells it to (no model runs here); what matters is what the command
does with its answer.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from signalcraft.cli import main
from tests.unit.test_ask import _store

NOW = "2024-03-05T12:00:00Z"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("askcli") / "s.duckdb"
    _store(path)
    return path


def ask(capsys, *argv):
    code = main(["ask", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_prints_the_sql_and_a_table(store, capsys):
    code, out, _ = ask(capsys, "critical alerts per service", "--db", str(store), "--now", NOW)
    assert code == 0
    sql, _, table = out.partition("\n\n")
    assert sql.startswith("SELECT service, COUNT(*)") and "severity = 'critical'" in sql
    lines = table.splitlines()
    assert lines[0].split() == ["service", "alerts"] and ["checkout", "2"] in [x.split() for x in lines[2:]]
    assert lines[-1] == "(3 rows)"  # checkout, search and billing-api (inventory warns)


def test_json_answer_and_json_refusal(store, capsys):
    code, out, _ = ask(capsys, "how many alerts in staging", "--db", str(store), "--now", NOW, "--json")
    answer = json.loads(out)
    assert code == 0 and answer["rows"] == [[1]] and answer["columns"] == ["alerts"]
    assert set(answer) >= {"question", "sql", "columns", "rows"}
    code, out, _ = ask(capsys, "drop the alerts table", "--db", str(store), "--json")
    refused = json.loads(out)
    assert code == 2 and refused == {"question": "drop the alerts table", "kind": "asks_to_change_data",
                                     "error": refused["error"], "words": []}
    assert "only questions are answered" in refused["error"]


def test_a_refusal_is_one_line_and_exit_2(store, capsys):
    code, out, err = ask(capsys, "alerts for the zorblax service", "--db", str(store))
    assert code == 2 and out == "" and err.strip() == "signalcraft ask: no service called 'zorblax' in this store"


def test_now_must_carry_a_zone_and_the_store_must_exist(store, tmp_path, capsys):
    code, _, err = ask(capsys, "alerts today", "--db", str(store), "--now", "2024-03-05T12:00:00")
    assert code == 1 and "has no time zone" in err
    code, _, err = ask(capsys, "alerts today", "--db", str(tmp_path / "none.duckdb"))
    assert code == 1 and "no DuckDB file" in err


class _Model:
    """What the fake model answers, and what it was asked."""

    def __init__(self) -> None:
        self.answer = "SELECT 1"
        self.requests: list[dict] = []

    def serve(self):
        model = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                model.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
                data = json.dumps({"choices": [{"message": {"role": "assistant", "content": model.answer}}]})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(data.encode())

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


@pytest.fixture
def model(monkeypatch):
    fake = _Model()
    server = fake.serve()
    monkeypatch.setenv("SIGNALCRAFT_LLM_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    monkeypatch.setenv("SIGNALCRAFT_LLM_API_KEY", "sk-test-secret")
    yield fake
    server.shutdown()


def test_the_model_answers_what_the_parser_cannot_read_through_the_same_gate(store, model, capsys):
    model.answer = "```sql\nSELECT name FROM alerts WHERE severity = 'warning'\n```"
    code, out, err = ask(capsys, "what keeps the night shift awake", "--db", str(store), "--now", NOW, "--json",
                         "--workspace", "acme")
    answer = json.loads(out)
    assert code == 0 and answer["generator"] == "llm" and answer["rows"] == [["DiskSpaceLow"]]
    assert "workspace_id = 'acme'" in answer["sql"] and answer["sql"].endswith("LIMIT 1000")
    request = model.requests[-1]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer sk-test-secret"
    assert "alerts(" in request["body"]["messages"][0]["content"]  # the schema, not the rows
    assert "DiskSpaceLow" not in json.dumps(request["body"]) and "sk-test-secret" not in err


@pytest.mark.parametrize("hostile", [
    "DROP TABLE alert_events", "SELECT * FROM read_csv('/etc/passwd')", "SELECT 1; DELETE FROM alert_events",
    "ATTACH '/tmp/x.db' AS x", "SELECT * FROM dlq", "SELECT * FROM main.alert_events",
    "COPY (SELECT 1) TO '/tmp/out.csv'",
])
def test_hostile_sql_from_the_model_is_refused_and_runs_nothing(store, model, capsys, hostile):
    model.answer = hostile
    before = store.read_bytes()
    code, out, _err = ask(capsys, "what keeps the night shift awake", "--db", str(store), "--json")
    assert code == 2 and json.loads(out)["kind"] == "unsafe"
    assert store.read_bytes() == before


def test_writes_and_ungrounded_values_never_reach_the_model(store, model, capsys):
    for question in ("delete all alerts", "alerts for the zorblax service"):
        code, _, _ = ask(capsys, question, "--db", str(store))
        assert code == 2
    assert model.requests == []
