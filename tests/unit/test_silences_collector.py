"""collect-silences without services: which versions are new, what is remembered, resume, failures."""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from signalcraft.models import AlertMute, AuditEntry
from signalcraft.params import Identity
from signalcraft.sources.alertmanager_api import AlertmanagerAPI, CollectError
from signalcraft.sources.decode import parse_payload
from signalcraft.sources.silences import (
    Poll,
    Sent,
    SilenceCollector,
    run_collector,
    save_state,
)

TOPIC = "t.audit"
POLLED_AT = datetime(2025, 3, 11, 14, 30, tzinfo=UTC)


def silence(sid: str, updated: str = "2025-03-11T14:00:00.000Z", state: str = "active",
            starts: str = "2025-03-11T14:00:00.000Z", ends: str = "2025-03-11T16:00:00.000Z") -> dict:
    return {"id": sid, "status": {"state": state}, "updatedAt": updated, "comment": "c", "createdBy": "alice",
            "startsAt": starts, "endsAt": ends,
            "matchers": [{"name": "alertname", "value": f"A-{sid}", "isRegex": False, "isEqual": True}]}


def alert(fp: str, *silenced: str, inhibited: tuple[str, ...] = ()) -> dict:
    return {"fingerprint": fp, "startsAt": "2025-03-11T14:05:00.000Z", "endsAt": "2025-03-11T14:35:00.000Z",
            "labels": {"alertname": f"A-{fp}", "service": "api"}, "annotations": {},
            "status": {"state": "suppressed", "silencedBy": list(silenced), "inhibitedBy": list(inhibited)}}


class FakeAPI:
    url = "http://am.example:9093"

    def __init__(self):
        self.silence_list: list[dict] = []
        self.muted: list[dict] = []
        self.down: str | None = None

    def silences(self):
        if self.down:
            raise CollectError(self.down)
        return [dict(s) for s in self.silence_list]

    def muted_alerts(self):
        return list(self.muted)


class Crash(Exception):
    """The process died right after Kafka acknowledged (SIGKILL before any bookkeeping)."""


class FakeTopic:
    """The audit topic and an outbox producing to it; ``fail`` refuses the next messages."""

    def __init__(self):
        self.messages: list[tuple[bytes | None, bytes, dict[str, str]]] = []
        self.fail = 0
        self.crash_after_delivery = False

    def send(self, messages):
        results = []
        for topic, key, value, headers, _ts in messages:
            assert topic == TOPIC
            if self.fail:
                self.fail -= 1
                results.append("Local: Message timed out")
            else:
                self.messages.append((key, value, dict(headers)))
                results.append(None)
        if self.crash_after_delivery:
            raise Crash
        return results

    def close(self):
        pass

    def history(self):
        return [(h, v) for _, v, h in self.messages]


def collector(api, topic, **kw) -> SilenceCollector:
    c = SilenceCollector(api, topic, TOPIC, topic.history, clock=lambda: POLLED_AT, **kw)
    c.resume()
    return c


@pytest.fixture
def am():
    api = FakeAPI()
    api.silence_list = [silence("s1"), silence("s2", state="pending", starts="2025-03-11T15:00:00.000Z")]
    api.muted = [alert("f1", "s1")]
    return api


def test_first_poll_produces_every_silence_and_the_muted_alerts_once(am):
    topic = FakeTopic()
    c = collector(am, topic, workspace="acme")
    assert c.poll().silences == 2
    assert [(k, h["sc-format"]) for k, _, h in topic.messages] == [
        (b"s1", "alertmanager-silence"), (b"s2", "alertmanager-silence"), (b"am.example:9093", "alertmanager-alerts")]
    assert all(h["sc-workspace"] == "acme" for _, _, h in topic.messages)
    assert json.loads(topic.messages[0][1]) == am.silence_list[0]  # the raw gettable silence
    assert topic.messages[2][2]["sc-event-time"] == "2025-03-11T14:30:00.000Z"
    assert c.poll().silences == 0
    assert len(topic.messages) == 3


def test_the_produced_messages_become_audit_entries_and_mutes():
    api, topic = FakeAPI(), FakeTopic()
    api.silence_list = [silence("s1", updated="2025-03-11T14:10:00.000Z", state="expired",
                                ends="2025-03-11T14:10:00.000Z")]
    api.muted = [alert("f1", "s1")]
    collector(api, topic).poll()
    (_, entry_value, entry_headers), (_, mutes_value, mutes_headers) = topic.messages
    fmt, [entry] = parse_payload(entry_value, "audit", entry_headers, Identity())
    assert fmt == "alertmanager-silence" and isinstance(entry, AuditEntry)
    assert (entry.action, entry.target, entry.state) == ("unsilence", "s1", "expired")
    fmt, [mute] = parse_payload(mutes_value, "audit", mutes_headers, Identity())
    assert isinstance(mute, AlertMute) and mute.silenced_by == ("s1",) and mute.observed_at == POLLED_AT


@pytest.mark.parametrize(("change", "expected"), [
    ({"updatedAt": "2025-03-11T14:20:00.000Z", "endsAt": "2025-03-11T18:00:00.000Z"}, "edited in place"),
    ({"status": {"state": "expired"}}, "ran out"),
])
def test_a_new_updated_at_or_state_is_a_new_version(am, change, expected):
    topic = FakeTopic()
    c = collector(am, topic)
    c.poll()
    am.silence_list[0] = {**am.silence_list[0], **change}
    assert c.poll().silences == 1, expected
    assert json.loads(topic.messages[-1][1]) == am.silence_list[0]
    assert c.poll().silences == 0


def test_a_pending_silence_turning_active_is_produced_once(am):
    topic = FakeTopic()
    c = collector(am, topic)
    c.poll()
    am.silence_list[1] = {**am.silence_list[1], "status": {"state": "active"}}
    c.poll()
    c.poll()
    assert [json.loads(v)["status"]["state"] for k, v, _ in topic.messages if k == b"s2"] == ["pending", "active"]


def test_a_restart_resumes_from_the_topic_without_resending(am):
    topic = FakeTopic()
    collector(am, topic).poll()
    again = collector(am, topic)  # a new process: nothing but the topic
    assert again.poll() == Poll()
    assert len(topic.messages) == 3
    am.silence_list.append(silence("s3"))
    assert again.poll().silences == 1 and len(topic.messages) == 4


def test_a_crash_after_delivery_costs_no_duplicate_at_restart(am, tmp_path):
    topic = FakeTopic()
    topic.crash_after_delivery = True
    state = tmp_path / "state.json"
    with pytest.raises(Crash):
        collector(am, topic, state_file=state).poll()
    assert not state.exists()  # killed before the state file was written
    topic.crash_after_delivery = False
    collector(am, topic, state_file=state).poll()
    assert len(topic.messages) == 3


def test_an_undelivered_message_is_remembered_never_and_sent_again_once(am, caplog):
    topic = FakeTopic()
    topic.fail = 1  # s1 times out, s2 and the mutes go through
    c = collector(am, topic)
    with caplog.at_level(logging.WARNING):
        result = c.poll()
    assert result.error and "1 of 3 message(s) not delivered" in result.error
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert [k for k, _, _ in topic.messages] == [b"s2", b"am.example:9093"]
    assert c.poll().silences == 1 and c.poll().silences == 0
    assert sorted(k for k, _, _ in topic.messages) == [b"am.example:9093", b"s1", b"s2"]


def test_muted_alerts_are_produced_when_an_alert_is_newly_muted(am):
    topic = FakeTopic()
    c = collector(am, topic)
    c.poll()
    am.muted = [alert("f1", "s1"), alert("f2", inhibited=("f9",))]
    c.poll()
    am.muted = [alert("f2", inhibited=("f9",))]  # f1 no longer muted: nothing new to store
    c.poll()
    am.muted = []  # nothing muted: an empty list would make no record
    c.poll()
    am.muted = [alert("f1", "s1", "s2")]  # muted again, by one more silence
    c.poll()
    lists = [json.loads(v) for _, v, h in topic.messages if h["sc-format"] == "alertmanager-alerts"]
    assert [[a["fingerprint"] for a in lst] for lst in lists] == [["f1"], ["f1", "f2"], ["f1"]]


def test_the_state_file_covers_what_the_topic_no_longer_holds(am, tmp_path):
    state = tmp_path / "state.json"
    topic = FakeTopic()
    collector(am, topic, state_file=state).poll()
    assert Sent.from_json(state.read_text()).silences.keys() == {"s1", "s2"}
    expired_by_retention = FakeTopic()
    c = collector(am, expired_by_retention, state_file=state)
    assert c.poll().silences == 0 and expired_by_retention.messages == []


def test_an_unreadable_state_file_leaves_the_topic_to_say_what_was_sent(am, tmp_path, caplog):
    state = tmp_path / "state.json"
    state.write_text("{not json")
    topic = FakeTopic()
    collector(am, topic).poll()
    with caplog.at_level(logging.WARNING):
        c = collector(am, topic, state_file=state)
    assert "unreadable" in caplog.text
    assert c.poll().silences == 0 and len(topic.messages) == 3


def test_silences_alertmanager_dropped_are_forgotten(am, tmp_path):
    state = tmp_path / "state.json"
    c = collector(am, FakeTopic(), state_file=state)
    c.poll()
    am.silence_list.pop(0)  # gone after Alertmanager's retention
    am.muted = []
    c.poll()
    assert set(c.sent.silences) == {"s2"} and not c.sent.mutes
    assert set(Sent.from_json(state.read_text()).silences) == {"s2"}


def test_history_counts_only_silence_and_alert_lists_and_reads_silence_lists():
    history = [
        ({"sc-format": "alertmanager-silence"}, json.dumps([silence("a"), silence("b")]).encode()),
        ({"sc-format": "signalcraft-audit"}, json.dumps(silence("c")).encode()),
        ({"sc-format": "alertmanager-silence"}, b"{broken"),
        ({"sc-format": "alertmanager-alerts"}, json.dumps([alert("f1", "a"), alert("f2")]).encode()),
        ({}, None),
    ]
    sent = Sent.from_history(history)
    assert set(sent.silences) == {"a", "b"}
    assert sent.mutes == {("f1", "2025-03-11T14:05:00.000Z", ("a",), ())}


def test_alertmanager_down_is_one_line_a_poll_and_nothing_produced(am, caplog):
    topic = FakeTopic()
    c = collector(am, topic)
    am.down = "Alertmanager GET http://am.example:9093/api/v2/silences: [Errno 111] Connection refused"
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            assert c.poll().error == am.down
        am.down = None
        c.poll()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 5 and "unreachable for" in lines[1] and "answers again" in lines[3]
    assert len(topic.messages) == 3


def test_run_once_raises_what_went_wrong_and_the_service_keeps_polling(am):
    am.down = "Alertmanager GET http://am.example:9093/api/v2/silences: refused"
    with pytest.raises(CollectError, match="refused"):
        run_collector(collector(am, FakeTopic()), interval_s=0.01, once=True)
    polls = []
    c = collector(am, FakeTopic())
    stop = threading.Event()
    original = c.poll

    def counting_poll():
        polls.append(1)
        if len(polls) == 3:
            stop.set()
        return original()

    c.poll = counting_poll
    run_collector(c, interval_s=0.01, stop=stop)
    assert len(polls) == 3


def test_resume_failures_are_retried_until_kafka_answers(am):
    topic = FakeTopic()
    answers = iter([CollectError("Kafka: reading back t.audit: all brokers down"), None])

    def history():
        failure = next(answers)
        if failure is not None:
            raise failure
        return topic.history()

    c = SilenceCollector(am, topic, TOPIC, history, clock=lambda: POLLED_AT)
    stop = threading.Event()
    original = c.poll

    def poll_once_then_stop():
        stop.set()
        return original()

    c.poll = poll_once_then_stop
    run_collector(c, interval_s=0.01, stop=stop)
    assert len(topic.messages) == 3


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self):
        self.seen.append({"path": self.path, "authorization": self.headers.get("Authorization", "")})
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def http_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.seen = []
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_basic_auth_from_the_url_and_a_bearer_token_reach_alertmanager_and_never_show(http_server):
    port = http_server
    api = AlertmanagerAPI(f"http://ops:p%40ss@127.0.0.1:{port}/am/")
    assert api.url == f"http://127.0.0.1:{port}/am" and "p%40ss" not in repr(api)
    assert api.silences() == [] and api.muted_alerts() == []
    token = AlertmanagerAPI(f"http://127.0.0.1:{port}", token="tok3n")
    token.silences()
    seen = _Recorder.seen
    assert seen[0] == {"path": "/am/api/v2/silences", "authorization": "Basic b3BzOnBAc3M="}  # ops:p@ss
    assert seen[1]["path"] == "/am/api/v2/alerts?silenced=true&inhibited=true&active=false&unprocessed=false"
    assert seen[2]["authorization"] == "Bearer tok3n"


def test_errors_name_the_request_and_never_the_credentials():
    from signalcraft.broker import free_port

    api = AlertmanagerAPI(f"http://ops:s3cret@127.0.0.1:{free_port()}", timeout_s=2)
    with pytest.raises(CollectError) as e:
        api.silences()
    assert "GET http://127.0.0.1:" in str(e.value) and "s3cret" not in str(e.value)
    with pytest.raises(ValueError, match="give one"):
        AlertmanagerAPI("http://ops:s3cret@am:9093", token="t")
    with pytest.raises(ValueError, match="expected http") as e:
        AlertmanagerAPI("ftp://ops:s3cret@am:9093")
    assert "s3cret" not in str(e.value)


def test_intervals_take_units():
    from signalcraft.cli import build_parser

    parse = build_parser().parse_args
    assert parse(["collect-silences", "--interval", "45s"]).interval == 45
    assert parse(["collect-silences", "--interval", "1h"]).interval == 3600
    assert parse(["collect-silences"]).interval == 30
    for bad in ("0s", "soon", "-1s", "5d"):
        with pytest.raises(SystemExit):
            parse(["collect-silences", "--interval", bad])


def test_the_state_file_is_replaced_whole(tmp_path: Path):
    path = tmp_path / "state.json"
    save_state(path, Sent({"a": {("t", "active")}}, set()))
    save_state(path, Sent({"b": {("t", "expired")}}, set()))
    assert set(Sent.from_json(path.read_text()).silences) == {"b"}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


class FakeProducer:
    """Delivers everything at flush, or fails for good the way confluent-kafka does it to a callback."""

    made: ClassVar[list[FakeProducer]] = []

    def __init__(self, fatal: bool):
        self.fatal = fatal
        self.pending = []
        FakeProducer.made.append(self)

    def produce(self, topic, value, key, headers, on_delivery, **_):
        self.pending.append(on_delivery)

    def flush(self, _timeout):
        from confluent_kafka import KafkaError, KafkaException

        if self.fatal:
            try:
                raise KafkaException(KafkaError(KafkaError._FATAL, "unknown producer id", fatal=True))
            except KafkaException as e:
                raise SystemError("<method 'str' of 'KafkaError'> returned a result with an exception set") from e
        for done in self.pending:
            done(None, None)
        self.pending = []
        return 0


def test_a_producer_failed_for_good_fails_the_send_and_is_replaced(monkeypatch, caplog):
    from signalcraft.sources.kafka_outbox import KafkaOutbox

    FakeProducer.made = []
    monkeypatch.setattr(KafkaOutbox, "_new_producer", lambda self: FakeProducer(fatal=not FakeProducer.made))
    outbox = KafkaOutbox({"bootstrap.servers": "k:9092", "message.timeout.ms": "1000"})
    message = (TOPIC, b"s1", b"{}", {"sc-format": "alertmanager-silence"}, None)
    with caplog.at_level(logging.WARNING):
        assert outbox.send([message, message]) == ["unknown producer id", "unknown producer id"]
    assert "a new one takes over" in caplog.text and len(FakeProducer.made) == 2
    assert outbox.send([message]) == [None]
    assert outbox.flush_s == 6
