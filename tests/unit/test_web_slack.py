"""``POST /slack/ask`` on a small store through Starlette's TestClient: signed slash commands answered
as Slack blocks; forged, unsigned, old and replayed requests 401 with nothing run; Slack teams mapped
to workspaces and kept apart; refusals with their reason; limits of Slack's sections; the secret never
logged; the path absent when Slack is off and the only one the bearer tokens do not guard."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from starlette.testclient import TestClient

from signalcraft.config import ServeSettings
from signalcraft.web import api, slack
from signalcraft.web.app import create_app
from tests.unit.test_web_app import TOKENS, bearer, db, store  # noqa: F401 - the small store's fixtures

SECRET = "8f742231b10e8888abcd99yyyzzz85a5-slack-test"
TEAMS = {"T0ACME": "acme", "T0GLOBEX": "globex"}
NOW = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)


class Counting:
    """The store, counting the cursors taken: every query of a request needs one."""

    def __init__(self, inner):
        self.inner, self.cursors = inner, 0

    def cursor(self):
        self.cursors += 1
        return self.inner.cursor()

    def memory(self, cur):
        return self.inner.memory(cur)

    def vocabulary(self, cur, workspace):
        return self.inner.vocabulary(cur, workspace)


@pytest.fixture
def counting(store):  # noqa: F811 - the fixture imported above
    return Counting(store)


def slack_client(reader, secret=SECRET, teams=None, tokens=None, clock=lambda: NOW, **kw):
    settings = ServeSettings(allowed_hosts="testserver", tokens=tokens, slack_signing_secret=secret,
                             slack_workspaces=TEAMS if teams is None else teams, **kw)
    return TestClient(create_app(reader, settings, clock=clock), raise_server_exceptions=False)


def form(text, team="T0ACME", **extra):
    fields = {"token": "legacy-unused", "team_id": team, "team_domain": "acme-corp", "channel_id": "C0123",
              "user_id": "U0ANA", "user_name": "ana", "command": "/signalcraft", "text": text,
              "response_url": "https://hooks.slack.com/commands/T0ACME/1/abc", "trigger_id": "1.2.3", **extra}
    return urlencode(fields).encode()


def signed(body, secret=SECRET, when=NOW):
    timestamp = str(int(when.timestamp()))
    return {"content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": timestamp,
            "x-slack-signature": slack.sign(secret, timestamp, body)}


def post(client, body, headers):
    return client.post("/slack/ask", content=body, headers=headers)


def texts(message):
    return [b["text"]["text"] if b["type"] == "section" else b["elements"][0]["text"] for b in message["blocks"]]


def table_rows(section):
    """The rows of a section's monospaced table as dicts of column -> text."""
    lines = section.split("```")[1].splitlines()
    header = [c.strip() for c in lines[0].split(" | ")]
    return [dict(zip(header, (c.strip() for c in line.split(" | ")), strict=False)) for line in lines[2:]]


def test_the_signature_is_slacks_own_documented_example():
    body = (b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            b"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            b"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIG"
            b"lgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
    assert slack.sign("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body) == (
        "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")


def test_a_signed_command_is_answered_with_the_question_the_sql_and_the_rows(counting):
    body = form("critical alerts for payments-api")
    r = post(slack_client(counting), body, signed(body))
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    m = r.json()
    assert m["response_type"] == "ephemeral" and m["text"] == "critical alerts for payments-api: 2 rows"
    assert [b["type"] for b in m["blocks"]] == ["section", "section", "section", "context"]
    question, sql, rows, context = texts(m)
    assert question == "*Question:* critical alerts for payments-api"
    assert sql.startswith("*SQL*\n```SELECT") and sql.endswith("```") and "payments-api" in sql
    assert "'acme'" in sql  # the team's workspace is in the query
    assert rows.startswith("*2 rows*\n```") and "left out" not in rows
    assert set(rows.split("```")[1].splitlines()[1]) <= {"-", "+"}
    got = table_rows(rows)
    assert [(r["name"], r["service"], r["severity"], r["workspace_id"]) for r in got] == [
        ("HighErrorRate", "payments-api", "critical", "acme")] * 2
    assert context == "workspace `acme` · as of 2024-03-05 12:00 UTC · one read-only SELECT"
    assert counting.cursors == 1


def test_the_answer_is_the_same_as_the_api_gives(store):  # noqa: F811
    body = form("critical alerts for payments-api")
    m = post(slack_client(store), body, signed(body)).json()
    j = api.ask(store, "acme", {"question": "critical alerts for payments-api", "now": NOW.isoformat()})
    assert texts(m)[1] == "*SQL*\n```" + j["sql"].replace(">", "&gt;").replace("<", "&lt;") + "```"
    assert len(j["rows"]) == 2


def tampered(body):
    """(name, body sent, headers) of requests that must be refused."""
    stamp = str(int(NOW.timestamp()))
    good = signed(body)
    old = NOW - timedelta(minutes=6)
    return [
        ("forged signature", body, {**good, "x-slack-signature": "v0=" + "0" * 64}),
        ("wrong secret", body, signed(body, secret="another-apps-secret")),
        ("no signature", body, {k: v for k, v in good.items() if k != "x-slack-signature"}),
        ("no timestamp", body, {k: v for k, v in good.items() if k != "x-slack-request-timestamp"}),
        ("no headers", body, {"content-type": "application/x-www-form-urlencoded"}),
        ("six minutes old", body, signed(body, when=old)),
        ("six minutes ahead", body, signed(body, when=NOW + timedelta(minutes=6))),
        ("old timestamp, new header", body, {**signed(body, when=old), "x-slack-request-timestamp": stamp}),
        ("replayed with another text", form("alerts for billing-api", team="T0GLOBEX"), good),
        ("not a number", body, {**good, "x-slack-request-timestamp": "12e3"}),
        ("signature without v0=", body, {**good, "x-slack-signature": good["x-slack-signature"][3:]}),
        ("non-ascii signature", body, {**good, "x-slack-signature": "v0=é".encode("latin-1")}),
    ]


CASES = tampered(form("critical alerts"))


@pytest.mark.parametrize(("name", "body", "headers"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_missing_or_old_signature_is_401_and_runs_nothing(counting, monkeypatch, name, body, headers):
    asked = []
    monkeypatch.setattr(api, "Asker", lambda *a, **kw: asked.append(a))
    r = post(slack_client(counting), body, headers)
    assert r.status_code == 401, name
    assert r.text.startswith("unauthorised: ") and len(r.text) < 120
    assert "HighErrorRate" not in r.text and "blocks" not in r.text
    assert counting.cursors == 0 and asked == [], name  # no question read, no query


def test_the_replay_window_is_a_setting(counting):
    body = form("critical alerts")
    ten_minutes_ago = signed(body, when=NOW - timedelta(minutes=10))
    assert post(slack_client(counting), body, ten_minutes_ago).status_code == 401
    assert post(slack_client(counting, slack_replay_window_s=900), body, ten_minutes_ago).status_code == 200
    assert post(slack_client(counting, slack_replay_window_s=60), body,
                signed(body, when=NOW - timedelta(seconds=61))).status_code == 401
    assert counting.cursors == 1


def test_a_signed_command_from_an_unknown_team_is_refused_politely_and_runs_nothing(counting, monkeypatch):
    asked = []
    monkeypatch.setattr(api, "Asker", lambda *a, **kw: asked.append(a))
    body = form("critical alerts", team="T0STRANGER")
    r = post(slack_client(counting), body, signed(body))
    assert r.status_code == 200  # Slack shows a 200's message; anything else is an opaque failure
    m = r.json()
    assert m["response_type"] == "ephemeral" and len(m["blocks"]) == 1
    assert "team `T0STRANGER`" in m["text"] and "not connected" in m["text"]
    assert "SIGNALCRAFT_SERVE_SLACK_WORKSPACES" in m["text"]
    assert counting.cursors == 0 and asked == []
    assert "HighErrorRate" not in r.text and "acme" not in r.text


def test_with_no_team_map_every_team_is_refused(counting):
    body = form("critical alerts")
    r = post(slack_client(counting, teams={}), body, signed(body))
    assert r.status_code == 200 and "not connected" in r.json()["text"] and counting.cursors == 0


def test_two_teams_see_only_their_own_workspaces_rows(store):  # noqa: F811
    c = slack_client(store)
    got = {}
    for team in TEAMS:
        body = form("critical alerts", team=team)
        got[team] = texts(post(c, body, signed(body)).json())
    acme_sql, acme_rows = got["T0ACME"][1:3]
    globex_sql, globex_rows = got["T0GLOBEX"][1:3]
    assert "'acme'" in acme_sql and "'globex'" not in acme_sql
    assert "'globex'" in globex_sql and "'acme'" not in globex_sql
    assert acme_rows.startswith("*2 rows*") and globex_rows.startswith("*1 row*")
    assert [(r["name"], r["workspace_id"]) for r in table_rows(acme_rows)] == [("HighErrorRate", "acme")] * 2
    assert [(r["name"], r["workspace_id"]) for r in table_rows(globex_rows)] == [("BillingExportFailed", "globex")]
    assert "BillingExportFailed" not in acme_rows and "billing-api" not in acme_rows and "globex" not in acme_rows
    assert "HighErrorRate" not in globex_rows and "payments-api" not in globex_rows and "acme" not in globex_rows
    # a value only the other workspace has is unknown to this team: refused, not answered empty
    body = form("alerts for billing-api", team="T0ACME")
    refused = texts(post(c, body, signed(body)).json())
    assert refused[1].startswith(":no_entry: *Not answered*") and "BillingExportFailed" not in " ".join(refused)


@pytest.mark.parametrize(("question", "kind"), [("delete all alerts", "asks_to_change_data"),
                                                ("drop table alert_events", "asks_to_change_data")])
def test_a_refused_question_gives_the_reason_and_no_sql(store, question, kind):  # noqa: F811
    body = form(question)
    r = post(slack_client(store), body, signed(body))
    assert r.status_code == 200
    m = r.json()
    q, reason = texts(m)
    assert q == f"*Question:* {question}" and len(m["blocks"]) == 2
    assert reason.startswith(f":no_entry: *Not answered* (`{kind}`): ") and reason.endswith("Nothing was run.")
    with pytest.raises(api.ApiError) as err:
        api.ask(store, "acme", {"question": question})
    assert str(err.value) in reason and "SELECT" not in r.text
    assert m["text"] == f"Not answered: {err.value}"


def test_an_empty_command_gets_the_usage_and_runs_nothing(counting):
    body = form("   ")
    m = post(slack_client(counting), body, signed(body)).json()
    assert m["response_type"] == "ephemeral" and "/signalcraft deploys in the last 2 hours" in m["text"]
    assert counting.cursors == 0


def test_an_ssl_check_is_answered_empty_once_signed(counting):
    body = urlencode({"ssl_check": "1", "token": "x"}).encode()
    assert post(slack_client(counting), body, {"x-slack-signature": "v0=00"}).status_code == 401
    r = post(slack_client(counting), body, signed(body))
    assert (r.status_code, r.content, counting.cursors) == (200, b"", 0)


def test_text_is_escaped_so_no_mention_or_link_is_made(store):  # noqa: F811
    body = form("<!channel> alerts & <https://evil.example|click>")
    m = post(slack_client(store), body, signed(body)).json()
    shown = " ".join(texts(m))
    assert "<!channel>" not in shown and "&lt;!channel&gt;" in shown and "<https://" not in shown


def test_a_long_answer_fits_slacks_sections_and_says_how_many_rows_were_left_out():
    columns = ["id", "summary", "service"]
    rows = [[f"alert-{i:04d}", "x" * 80, f"svc-{i % 7}"] for i in range(137)]
    payload = {"question": "everything", "sql": "SELECT " + ", ".join(f"c{i}" for i in range(900)) + " FROM t",
               "columns": columns, "rows": rows, "ignored": ["please"], "now": "2024-03-05T12:00:00+00:00"}
    m = slack.answer(payload, "acme")
    assert all(len(t) <= slack.SECTION_MAX for t in texts(m))
    sql, table = texts(m)[1:3]
    assert sql.endswith("more characters)```")
    assert table.startswith(f"*137 rows*, the first {slack.MAX_ROWS} shown; {137 - slack.MAX_ROWS} left out")
    body = table.split("```")[1].splitlines()
    assert len(body) == 2 + slack.MAX_ROWS and body[2].startswith("alert-0000 | " + "x" * 39 + "…")
    assert "words not used: please" in texts(m)[3]
    wide = [["y" * 40] * 12 for _ in range(60)]
    text, shown = slack.table([f"c{i}" for i in range(12)], wide)
    assert 0 < shown < slack.MAX_ROWS and len(text) <= slack.SECTION_MAX - 200
    assert all(len(line) <= slack.MAX_LINE for line in text.splitlines())


def test_the_secret_and_the_raw_body_never_reach_the_log(store, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    c = slack_client(store)
    body = form("critical alerts marker-7f3a")
    post(c, body, signed(body))
    post(c, body, signed(body, secret="wrong-" + SECRET))
    post(c, body, signed(body, when=NOW - timedelta(minutes=6)))
    stranger = form("critical alerts", team="T0STRANGER")
    post(c, stranger, signed(stranger))
    assert "refused (401)" in caplog.text and "T0STRANGER" in caplog.text  # the refusals were logged
    for leak in (SECRET, body.decode(), "legacy-unused", "hooks.slack.com"):
        assert leak not in caplog.text, leak
    assert SECRET not in repr(ServeSettings(slack_signing_secret=SECRET))


def test_without_a_signing_secret_the_path_is_404(counting):
    c = TestClient(create_app(counting, ServeSettings(allowed_hosts="testserver", slack_workspaces=TEAMS)),
                   raise_server_exceptions=False)
    body = form("critical alerts")
    for r in (post(c, body, signed(body)), c.get("/slack/ask")):
        assert r.status_code == 404
    assert counting.cursors == 0


def test_slack_needs_no_bearer_token_on_that_path_only(store):  # noqa: F811
    c = slack_client(store, tokens=TOKENS)
    body = form("critical alerts")
    r = post(c, body, signed(body))
    assert r.status_code == 200 and "HighErrorRate" in texts(r.json())[2]
    assert post(c, body, {**signed(body), "x-slack-signature": "v0=" + "1" * 64}).status_code == 401
    for method, path in [("GET", "/slack/ask"), ("POST", "/slack/ask/"), ("POST", "/slack/ask2"),
                         ("POST", "/slack"), ("POST", "/api/ask"), ("GET", "/api/incidents"),
                         ("POST", "/ask")]:
        r = c.request(method, path, content=body, headers=signed(body))
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer"), (method, path)
    assert c.get("/api/incidents", headers=bearer("tok-acme")).status_code == 200
    off = TestClient(create_app(store, ServeSettings(allowed_hosts="testserver", tokens=TOKENS)),
                     raise_server_exceptions=False)
    assert post(off, body, signed(body)).status_code == 401  # Slack off: the path is guarded like any


def test_a_bad_team_map_is_refused_naming_the_entry(monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_SERVE_SLACK_WORKSPACES", '{"T0ACME": "acme", "T0EMPTY": ""}')
    with pytest.raises(ValueError, match="entry 2"):
        ServeSettings()
    monkeypatch.setenv("SIGNALCRAFT_SERVE_SLACK_WORKSPACES", '{"T0ACME": "acme"}')
    monkeypatch.setenv("SIGNALCRAFT_SERVE_SLACK_SIGNING_SECRET", SECRET)
    s = ServeSettings()
    assert s.slack_enabled and s.slack_workspace_for("T0ACME") == "acme" and s.slack_workspace_for("") is None
    assert s.slack_replay_window_s == 300


def test_behind_a_root_path_the_exemption_is_still_that_one_path(store):  # noqa: F811
    settings = ServeSettings(allowed_hosts="testserver", tokens=TOKENS, slack_signing_secret=SECRET,
                             slack_workspaces=TEAMS)
    c = TestClient(create_app(store, settings, clock=lambda: NOW), root_path="/signalcraft",
                   raise_server_exceptions=False)
    body = form("critical alerts")
    for path in ("/slack/ask", "/signalcraft/slack/ask"):  # the path without and with the prefix (as uvicorn)
        r = c.post(path, content=body, headers=signed(body))
        assert r.status_code == 200 and texts(r.json())[2].startswith("*2 rows*"), path
    for path in ("/signalcraft/api/incidents", "/signalcraft/slack/ask/", "/signalcraft/signalcraft/slack/ask"):
        assert c.post(path, content=body, headers=signed(body)).status_code == 401, path
