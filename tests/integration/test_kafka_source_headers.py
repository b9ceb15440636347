"""The Kafka source against the real broker: every message keeps its own headers, whether
its neighbours carry the same, other or none (a run of equal headers shares one dict)."""

from __future__ import annotations

from tests.integration.conftest import produce
from tests.integration.test_kafka_source import _run


def sent_headers(i: int) -> dict[str, str]:
    run = i // 7 % 4
    return [{"H": "v"}, {}, {"sc-format": f"f{i // 50}"}, {"SC-Format": "x", "b": ""}][run]


def test_each_message_has_its_own_headers(settings):
    bootstrap, topic = settings.broker.bootstrap_servers, settings.topics.metrics
    produce(bootstrap, topic, [(None, b"%d" % i, sent_headers(i)) for i in range(3000)])
    msgs = _run(bootstrap, topic)
    assert len(msgs) == 3000
    for m in msgs:
        want = {k.lower(): v for k, v in sent_headers(int(m.value)).items()}
        assert m.headers == want, m.value
