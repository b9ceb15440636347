"""The log template miner: masking, matching, ids and their stability, the cap, bad input."""

from __future__ import annotations

import json
import pickle
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signalcraft.operators import log_templates as lt
from signalcraft.operators.log_templates import LogTemplateParams, Match, TemplateMiner, template_id
from signalcraft.operators.log_templates_text import BINARY, EMPTY, body_text, mask

# --- masking -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("took 250ms", "took <*>"),
        ("retry 3 of 5", "retry <*> of <*>"),
        ("ratio 0.4389 version 1.2.3", "ratio <*> version <*>"),
        ("req 4f1c2a9e-0b7d-4c1e-9a55-0e9c1d2b3a41 done", "req <*> done"),
        ("addr 0x7ffee3b2 crc 0fee9c3c", "addr <*> crc <*>"),
        ("from 10.251.73.220:50010 to /10.251.111.209", "from <*> to /<*>"),
        ("mac 00:1a:2b:3c:4d:5e up", "mac <*> up"),
        ("open /var/lib/nova/instances/_base/a489c8 failed", "open <*> failed"),
        (r"load C:\Windows\winsxs\x86 ok", "load <*> ok"),
        ("user 'bob' key \"k-17\"", "user <*> key <*>"),
        ('said "connection refused by 7 peers"', 'said "connection refused by <*> peers"'),
        ("mail ops@example.com now", "mail <*> now"),
        ("GET https://api.example.com/v1/x?id=3 ok", "GET <*> ok"),
        ("at 2024-05-01T12:00:03.123Z and 12:00:04", "at <*> and <*>"),
        ("connection at Sun Jul 24 02:40:00 2005 closed", "connection at <*> closed"),
        ("size 5.6KB", "size <*>"),
        ("blk_-6952295868487656571 rdd_42_39 core.6711", "blk_<*> rdd_<*>_<*> core.<*>"),
    ],
)
def test_mask_replaces_values(raw: str, masked: str) -> None:
    assert mask(raw) == masked


@pytest.mark.parametrize("text", ["jk2_init() Found child", "ipv4 and utf8 and HTTP", "Can't find child", "May I"])
def test_mask_keeps_words_with_digits_and_apostrophes(text: str) -> None:
    assert mask(text) == text


# --- matching and ids --------------------------------------------------------


def test_same_line_same_id_and_new_only_once() -> None:
    m = TemplateMiner(workspace="w", service="api")
    first, again = m.add("cache warmed in 31 ms"), m.add("cache warmed in 31 ms")
    assert first.is_new and not again.is_new
    assert first.template_id == again.template_id == template_id("w", "api", "cache warmed in <*> ms")
    assert len(m) == 1 and m.templates()[0].count == 2


def test_ids_are_per_workspace_and_service() -> None:
    line = "payment declined for order 7"
    ids = {TemplateMiner(workspace=w, service=s).add(line).template_id for w in ("w1", "w2") for s in ("a", "b")}
    assert len(ids) == 4


def test_words_are_message_text_until_merge_words_of_them_differ() -> None:
    m = TemplateMiner()
    states = ["Started", "Paused", "Resumed", "Stopped"]
    got = [m.add(f"[instance: 3f2a-{i}] VM {s} (Lifecycle Event)") for i, s in enumerate(states)]
    assert [g.is_new for g in got] == [True] * 4 and len(m) == 4
    users = ["admin", "oracle", "test", "guest", "ubuntu", "nagios"]
    out = [m.add(f"Invalid user {u} from 10.0.0.{i}") for i, u in enumerate(users)]
    assert [o.is_new for o in out] == [True] * 5 + [False]
    assert out[-1].template == "Invalid user <*> from <*>"
    assert set(out[-1].replaced_ids) == {o.template_id for o in out[:5]}
    assert m.add("Invalid user zabbix from 10.0.0.9").template_id == out[-1].template_id
    assert len(m) == 5


def test_generalising_reports_old_id_to_new_id() -> None:
    m = TemplateMiner(workspace="w", service="s")
    a = m.add("Connection to db-primary closed")
    b = m.add("Connection to cache-eu closed")
    assert b.template == "Connection to <*> closed" and not b.is_new
    assert b.replaced_ids == (a.template_id,)
    assert [t.id for t in m.templates()] == [b.template_id]
    assert m.templates()[0].count == 2


def test_generalising_into_an_existing_template_joins_them() -> None:
    m = TemplateMiner(LogTemplateParams(similarity=0.6, depth=1))
    lines = ["go 1 b-c p-q", "go b-c r_s r_s", "go d_e x.y p-q", "go 1 1 b-c", "go p-q 1 1"]
    held = [m.add(line) for line in lines][-1]
    assert held.template == "go <*> <*> <*>" and len(m) == 3
    joined = m.add("go d_e p-q 1")  # "go <*> <*> p-q" generalises to the text already held
    assert joined.template_id == held.template_id and not joined.is_new
    assert len(joined.replaced_ids) == 1 and joined.replaced_ids[0] != held.template_id
    assert len(m) == 2
    assert sum(t.count for t in m.templates()) == len(lines) + 1


LINES = [
    "Received block blk_{n} of size 67108864 from /10.251.{a}.{b}",
    "PacketResponder {a} for block blk_{n} terminating",
    "Deleting block blk_{n} file /mnt/hadoop/dfs/data/current/subdir{a}/blk_{n}",
    "Verification succeeded for blk_{n}",
    "user {u} logged in from 10.0.{a}.{b}",
    "job {u} finished in {a}ms with status {s}",
    "job {u} failed after {a} retries: {s}",
]


def stream(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    words = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"]
    status = ["ok", "timeout", "refused", "reset"]
    return [
        rng.choice(LINES).format(
            n=rng.randint(-(10**18), 10**18), a=rng.randint(0, 255), b=rng.randint(0, 255),
            u=rng.choice(words), s=rng.choice(status),
        )
        for _ in range(n)
    ]


def test_two_fresh_miners_give_the_same_matches() -> None:
    lines = stream(1, 600)
    a, b = TemplateMiner(workspace="w", service="s"), TemplateMiner(workspace="w", service="s")
    assert [a.add(x) for x in lines] == [b.add(x) for x in lines]


def test_pickling_mid_stream_continues_identically() -> None:
    lines = stream(2, 800)
    params = LogTemplateParams(max_templates=6)  # evictions too
    m = TemplateMiner(params, "w", "s")
    for x in lines[:400]:
        m.add(x)
    restored = pickle.loads(pickle.dumps(m))
    assert list(restored.templates()) == m.templates()
    assert [m.add(x) for x in lines[400:]] == [restored.add(x) for x in lines[400:]]
    assert pickle.dumps(m) == pickle.dumps(restored)


def test_final_template_does_not_depend_on_order_within_one_pattern() -> None:
    users = ["admin", "oracle", "test", "guest", "ubuntu", "nagios", "pi"]
    lines = [f"Failed password for {u} from 10.0.{i}.{i * 7 % 255} port {4000 + i} ssh2" for i, u in enumerate(users)]
    finals = set()
    for seed in range(8):
        random.Random(seed).shuffle(lines)
        m = TemplateMiner(workspace="w", service="sshd")
        last = [m.add(x) for x in lines][-1]
        finals.add((last.template_id, len(m)))
    assert finals == {(template_id("w", "sshd", "Failed password for <*> from <*> port <*> ssh2"), 1)}


def test_lines_equal_after_masking_share_a_template_in_any_order() -> None:
    lines = [f"GET /api/v1/items/{i} took {i * 3}ms from 10.1.2.{i}" for i in range(50)]
    ids = set()
    for seed in range(5):
        random.Random(seed).shuffle(lines)
        m = TemplateMiner()
        ids |= {m.add(x).template_id for x in lines}
    assert len(ids) == 1


@pytest.mark.parametrize("params", [LogTemplateParams(max_templates=200), LogTemplateParams(similarity=0.7, depth=1)])
def test_the_bucket_index_changes_no_answer(monkeypatch, params: LogTemplateParams) -> None:
    from signalcraft.operators import log_templates_bucket

    rng = random.Random(5)
    vocab = ["".join(rng.choices("abcdefgh", k=4)) for _ in range(30)] + ["a-b", "c-d", "x_y", "p.q"]
    lines = [
        f"[instance: {rng.randint(0, 99)}] " + " ".join(rng.choice(vocab) for _ in range(rng.randint(2, 5)))
        for _ in range(3000)
    ] + stream(4, 1000)

    def run(small: int) -> tuple[list[Match], int]:
        monkeypatch.setattr(log_templates_bucket, "SMALL", small)
        m = TemplateMiner(params)
        out, largest = [], 0
        for x in lines:
            out.append(m.add(x))
            largest = max(largest, *map(len, m._buckets.values()))
        return out, largest

    indexed, largest = run(0)
    assert largest > 50  # buckets large enough for the index to matter
    assert indexed == run(10**9)[0]


# --- the cap ------------------------------------------------------------------


def test_cap_evicts_the_least_recently_matched_template() -> None:
    m = TemplateMiner(LogTemplateParams(max_templates=3), "w", "s")
    first = [m.add(f"{w} happened on shard {i}") for i, w in enumerate(["alpha", "beta", "gamma"])]
    m.add("alpha happened on shard 9")  # alpha is now the most recent; beta the least
    out = m.add("delta happened on shard 4")
    assert out.is_new and out.evicted_id == first[1].template_id
    assert len(m) == 3
    assert {t.text for t in m.templates()} == {
        "alpha happened on shard <*>", "gamma happened on shard <*>", "delta happened on shard <*>"
    }
    again = m.add("beta happened on shard 5")  # an evicted template comes back under its id
    assert again.is_new and again.template_id == first[1].template_id
    assert again.evicted_id == first[2].template_id


def test_state_stays_bounded_on_a_stream_of_distinct_lines() -> None:
    m = TemplateMiner(LogTemplateParams(max_templates=50))
    rng = random.Random(3)
    for _ in range(5000):
        m.add(" ".join("".join(rng.choices("abcdefghij", k=5)) for _ in range(rng.randint(1, 8))))
    assert len(m) == 50
    assert sum(len(b) for b in m._buckets.values()) == 50
    assert len(m._cache) <= lt._CACHE_SIZE
    assert len(pickle.dumps(m)) < 50 * 200


def test_state_bytes_at_a_thousand_templates() -> None:
    m = TemplateMiner(workspace="w", service="s")
    for i in range(1000):
        m.add(f"worker w{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}x{chr(97 + i // 676)} stage {i} done in {i}ms")
    assert len(m) == 1000
    assert len(pickle.dumps(m)) < 100_000


# --- bad input -------------------------------------------------------------------


def test_a_megabyte_body_is_capped_and_fast() -> None:
    m = TemplateMiner()
    body = "error " + "x1y2 " * 200_000
    t0 = time.perf_counter()
    out = m.add(body)
    assert time.perf_counter() - t0 < 1.0
    assert len(out.template.split()) == LogTemplateParams().max_tokens
    assert len(out.template) <= 3 * LogTemplateParams().max_body_chars
    assert m.add(body + "tail differs").template_id == out.template_id


@pytest.mark.parametrize(
    "body",
    [
        b"\x00\x01\x02\x03\xff\xfe\xfd", bytes(range(256)) * 4, "\x00binary\x01\x02\x03",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_binary_looking_bodies_share_one_template(body) -> None:
    m = TemplateMiner()
    assert m.add(body).template == BINARY
    assert len(m) == 1


def test_undecodable_bytes_in_text_are_replaced_not_fatal() -> None:
    m = TemplateMiner()
    out = m.add(b"disk sda1 failed at sector 12 \xff\xfe with code 5")
    assert out.template == "disk sda1 failed at sector <*> \ufffd\ufffd with code <*>"


@pytest.mark.parametrize("body", ["", "   \n\t ", None, b""])
def test_empty_bodies_share_one_template(body) -> None:
    m = TemplateMiner()
    assert m.add(body).template == EMPTY


def test_json_bodies_are_mined_by_their_message() -> None:
    m = TemplateMiner()
    a = m.add(json.dumps({"level": "error", "msg": "timeout after 30 s", "trace_id": "ab12"}))
    b = m.add(json.dumps({"message": "timeout after 31 s", "ts": 1717000000}))
    assert a.template == b.template == "timeout after <*> s"
    no_message = m.add('{"status": 503, "path": "/api/pay", "retry": true}')
    assert no_message.template == "status=<*> path=<*> retry=true"
    assert m.add('{"status": 500, "path": "/api/refund", "retry": true}').template_id == no_message.template_id


@pytest.mark.parametrize("body", ['{"msg": ', "[1, 2, 3]", '{"msg": {"nested": 1}}', "{" * 5000, '"just a string"'])
def test_malformed_or_odd_json_is_mined_as_text(body) -> None:
    assert isinstance(TemplateMiner().add(body), Match)


def test_json_beyond_max_json_chars_is_text() -> None:
    body = json.dumps({"msg": "hello", "pad": "x" * 100})
    assert body_text(body, 4096, 50) == body[:4096]


def test_params_are_validated() -> None:
    with pytest.raises(ValueError, match="similarity"):
        LogTemplateParams(similarity=1.5)
    with pytest.raises(ValueError, match="max_templates"):
        LogTemplateParams(max_templates=1)
    assert TemplateMiner().params == LogTemplateParams()


# --- properties --------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=300), st.binary(max_size=300)), max_size=40))
def test_arbitrary_bodies_never_raise_and_state_stays_bounded(bodies) -> None:
    m = TemplateMiner(LogTemplateParams(max_templates=5))
    for body in bodies:
        out = m.add(body)
        assert out.template_id == template_id("", "", out.template)
        assert out.template_id not in out.replaced_ids
        assert len(m) <= 5
    assert sum(len(b) for b in m._buckets.values()) == len(m)
    assert pickle.loads(pickle.dumps(m)).templates() == m.templates()
