"""Records pickle as their field values (:mod:`signalcraft.models.pickling`) and come back as
they went: the same type, equal, field by field and type by type (datetimes in the same UTC
object, ``fold`` too), the same fields set, ``model_dump`` and JSON. That holds for every
record model, for records the fast decode paths and :func:`trusted` build by setting slots
(sharing one fields set), at every pickle protocol; and pickles of pydantic's own form (every
recovery snapshot written before) still load."""

from __future__ import annotations

import base64
import copy
import copyreg
import io
import math
import pickle
import pickletools
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin
from zlib import crc32

import pytest

import signalcraft.models as models
from signalcraft.models import (
    AlertEvent,
    AnomalyModel,
    AuditEntry,
    ChangeEvent,
    Commit,
    Correlation,
    DeadLetter,
    LogRecord,
    Matcher,
    MetricPoint,
    RawMessage,
    Resolution,
    SilenceSuggestion,
)
from signalcraft.models.common import Record
from signalcraft.operators.records import trusted
from signalcraft.sources import fast_alerts, fast_logs
from signalcraft.sources.decode import decode, parse_payload
from tests.support import IDENTITY

T = datetime(2026, 3, 2, 10, 15, 30, 123456, tzinfo=UTC)
EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "sources" / "examples"


def _record_models() -> set[type]:
    found, todo = set(), [Record]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("signalcraft.models."):
                found.add(sub)
            todo.append(sub)
    return found


def _value(annotation: Any, name: str) -> Any:
    """A value of the type ``annotation`` declares (the first of a union, the last of a literal)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return args[-1]
    if origin is Annotated:
        return _value(args[0], name)
    if origin in (Union, UnionType):
        return _value(next(a for a in args if a is not type(None)), name)
    if origin is dict:
        return {"k": "v", "at": T, "n": [1, 2.5]} if args[1] in (Any, object) else {"k": f"{name}-v", "z": ""}
    if origin is tuple:
        return (_value(args[0], name),) * 2 if Ellipsis in args else tuple(_value(a, name) for a in args)
    made = {str: f"{name}-1", bool: True, int: 2, float: 0.5, bytes: b"\x00{", datetime: T}
    return made[annotation] if annotation in made else _example(annotation, every=True)


def _example(cls: type[Record], every: bool) -> Record:
    """A validated record of ``cls``: every field given, or only the required ones (and what a validator asks)."""
    values = {n: _value(f.annotation, n) for n, f in cls.model_fields.items() if every or f.is_required()}
    if cls is Resolution and not every:
        values["fingerprint"] = "f"
    return cls(**values)


def _examples() -> dict[type, list[Record]]:
    """Every model's records, all fields given and only the required ones; and some edges."""
    plus_two = datetime(2026, 3, 2, 12, fold=1, tzinfo=timezone(timedelta(hours=2)))
    out = {cls: [_example(cls, True), _example(cls, False)] for cls in sorted(_record_models(), key=str)}
    point = out[MetricPoint][0]
    out[MetricPoint] += [point.model_copy(update={"value": v}) for v in (math.nan, -math.inf)]
    out[MetricPoint].append(MetricPoint(**{**dict(point), "timestamp": plus_two}))  # made UTC
    out[MetricPoint].append(MetricPoint(**{**dict(point), "timestamp": T.replace(fold=1)}))
    out[DeadLetter].append(DeadLetter.of_message(RawMessage("t", 0, 7, b"{", b"k", {"h": "v"}, 1), "json", "bad"))
    return out


EXAMPLES = _examples()


def _values_same(a: object, b: object) -> None:
    assert type(a) is type(b)
    if isinstance(a, Record):
        assert_same(a, b)
    elif isinstance(a, (tuple, list)):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _values_same(x, y)
    elif isinstance(a, dict):
        assert list(a) == list(b)
        for key in a:
            _values_same(a[key], b[key])
    elif isinstance(a, float) and math.isnan(a):
        assert math.isnan(b)
    elif isinstance(a, datetime):
        assert (a, a.tzinfo, a.fold) == (b, b.tzinfo, b.fold) and (a.tzinfo is UTC) == (b.tzinfo is UTC)
    else:
        assert a == b


def assert_same(a: Record, b: Record) -> None:
    """``b`` is ``a``: type, fields in order, each value and its type, fields set, dumps, slots."""
    assert type(a) is type(b)
    assert list(a.__dict__) == list(b.__dict__) == list(type(a).model_fields)
    for name in a.__dict__:
        _values_same(a.__dict__[name], b.__dict__[name])
    assert a.model_fields_set == b.model_fields_set
    assert b.__pydantic_extra__ is None and b.__pydantic_private__ is None
    assert a.model_dump_json() == b.model_dump_json()
    assert repr(a.model_dump()) == repr(b.model_dump())
    if not any(isinstance(v, float) and math.isnan(v) for v in a.__dict__.values()):  # NaN != NaN
        assert a == b


def _round_trip(record: Record, protocol: int = pickle.DEFAULT_PROTOCOL) -> Record:
    back = pickle.loads(pickle.dumps(record, protocol))
    assert_same(record, back)
    return back


def test_the_examples_give_every_field_and_leave_out_every_optional_one():
    assert len(EXAMPLES) >= 16
    for kind, (full, required) in ((k, v[:2]) for k, v in EXAMPLES.items()):
        assert full.model_fields_set == set(kind.model_fields)
        assert required.model_fields_set == {n for n, f in kind.model_fields.items() if f.is_required()} | (
            {"fingerprint"} if kind is Resolution else set()
        )


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("kind", sorted(EXAMPLES, key=lambda k: k.__name__), ids=lambda k: k.__name__)
def test_every_model_round_trips_at_every_protocol(kind, protocol):
    for record in EXAMPLES[kind]:
        _round_trip(record, protocol)


def _globals(blob: bytes) -> list[str]:
    """The globals a pickle names (``module name`` pairs)."""
    strings: list[str] = []
    found = []
    for op, arg, _ in pickletools.genops(io.BytesIO(blob)):
        if isinstance(arg, str):
            strings.append(arg)
        if op.name == "STACK_GLOBAL":
            found.append(" ".join(strings[-2:]))
        elif op.name == "GLOBAL":
            found.append(arg)
    return found


@pytest.mark.parametrize("kind", sorted(EXAMPLES, key=lambda k: k.__name__), ids=lambda k: k.__name__)
def test_the_pickle_is_the_field_values_under_the_class_alone(kind):
    for record in EXAMPLES[kind]:
        blob = pickle.dumps(record)
        assert b"__pydantic_fields_set__" not in blob
        if kind not in (AnomalyModel, SilenceSuggestion):  # whose dicts of anything hold datetimes as they are
            assert b"timezone" not in blob
        classes = [type(r) for r in [record, *getattr(record, "matchers", ())] if isinstance(r, Record)]
        assert [g for g in _globals(blob) if g.startswith("signalcraft")] == [
            f"{c.__module__} {c.__name__}" for c in dict.fromkeys(classes)
        ]
        assert len(blob) < len(_old_pickle(record))


def _decoded_examples() -> list[Record]:
    """Every example payload decoded the way the flow decodes it (fast paths where they apply)
    and by the full path."""
    records = []
    for folder in sorted(p for p in EXAMPLES_DIR.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.json")):
            raw = RawMessage(f"signalcraft.{folder.name}", 0, 1, path.read_bytes(), timestamp_ms=1_700_000_000_000)
            made, dead = decode(raw, folder.name, IDENTITY)
            assert dead is None, dead
            records += made
            records += parse_payload(raw.value, folder.name, {}, IDENTITY)[1]
    return records


def test_records_of_the_decode_paths_round_trip():
    records = _decoded_examples()
    assert {type(r) for r in records} >= {
        AlertEvent,
        AuditEntry,
        ChangeEvent,
        Commit,
        LogRecord,
        MetricPoint,
        Resolution,
    }
    fast = [
        r
        for r in records
        if any(r.__pydantic_fields_set__ is s for s in (*fast_alerts._PRESENT, fast_logs._FIELDS_SET))
    ]
    assert len({type(r) for r in fast}) == 2, "the fast alert and log paths must be among them"
    for record in records:
        _round_trip(record)


def test_records_built_by_trusted_round_trip():
    plus_two = datetime(2026, 3, 2, 12, tzinfo=timezone(timedelta(hours=2)))
    values = {**dict(EXAMPLES[Correlation][0]), "requested_at": plus_two, "live_at": None}
    record = trusted(Correlation, values)
    assert_same(record, Correlation(**values))
    assert_same(_round_trip(record), Correlation(**values))


def test_a_shared_fields_set_stays_shared_and_unchanged():
    a, b = (pickle.loads(pickle.dumps(r)) for r in EXAMPLES[AlertEvent][1:] * 2)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__  # one per shape
    before = set(a.model_fields_set)
    changed = a.model_copy(update={"generator_url": "http://g"})
    assert "generator_url" in changed.model_fields_set and a.model_fields_set == b.model_fields_set == before
    assert copy.deepcopy(a) == a and copy.copy(a) == a


def test_what_the_compact_form_does_not_carry_goes_in_pydantics_form():
    plus_two = datetime(2026, 3, 2, 12, tzinfo=timezone(timedelta(hours=2)))
    folded = datetime(2026, 3, 2, 12, fold=1, tzinfo=UTC)
    not_utc = MetricPoint.model_construct(
        id="p", workspace_id="w", metric_key="k", name="n", labels={}, value=1.0, timestamp=plus_two, source="s"
    )
    foreign = MetricPoint.model_construct(
        _fields_set={"id", "not_a_field"},
        id="p",
        workspace_id="w",
        metric_key="k",
        name="n",
        labels={},
        value=1.0,
        timestamp=T,
        source="s",
    )
    for record in (not_utc, foreign):
        blob = pickle.dumps(record)
        assert b"__pydantic_fields_set__" in blob
        back = pickle.loads(blob)
        assert back.__dict__ == record.__dict__ and back.model_fields_set == record.model_fields_set
        assert back.timestamp.tzinfo == record.timestamp.tzinfo
    point = MetricPoint(id="p", workspace_id="w", metric_key="k", name="n", value=1.0, timestamp=folded, source="s")
    assert _round_trip(point).timestamp.fold == 1


def test_a_pickle_of_other_fields_is_refused_with_the_models_name():
    record = EXAMPLES[MetricPoint][0]
    values, unset, checksum = record.__reduce_ex__(4)[2]
    names = tuple(MetricPoint.model_fields)
    forged = {  # a value short; the fields reordered (as a model changed since the pickle was written)
        "MetricPoint of 7 field values": (values[:-1], unset, checksum),
        "of other fields": (values, unset, crc32(repr((names[::-1], (6,))).encode())),
    }

    for message, state in forged.items():

        class Forging(pickle.Pickler):
            def reducer_override(self, obj: object, state: tuple = state) -> object:
                return (copyreg.__newobj__, (MetricPoint,), state) if obj is record else NotImplemented

        out = io.BytesIO()
        Forging(out, 4).dump(record)
        with pytest.raises(TypeError, match=f"{message}.*the model has 8 fields.*layout {checksum}"):
            pickle.loads(out.getvalue())


# -- pickles written before models/pickling.py ----------------------------------------------------


class _OldPickler(pickle.Pickler):
    """Records in pydantic's own form, as every pickle before ``models/pickling.py``."""

    def reducer_override(self, obj: object) -> object:
        if isinstance(obj, Record):
            return object.__reduce_ex__(obj, 4)
        return NotImplemented


def _old_pickle(obj: object) -> bytes:
    out = io.BytesIO()
    _OldPickler(out, pickle.DEFAULT_PROTOCOL).dump(obj)
    return out.getvalue()


def test_pickles_of_pydantics_form_still_load():
    records = [r for rs in EXAMPLES.values() for r in rs] + _decoded_examples()
    for record in records:
        blob = _old_pickle(record)
        assert b"__pydantic_fields_set__" in blob
        assert_same(record, pickle.loads(blob))


GOLDEN = (
    "gASVUwUAAAAAAABdlCiMGXNpZ25hbGNyYWZ0Lm1vZGVscy5pbnB1dHOUjAtNZXRyaWNQb2ludJSTlCmBlH2UKIwIX19kaWN0X1+UfZQo"
    "jAJpZJSMCG1ldHJpYy0xlIwMd29ya3NwYWNlX2lklIwEYWNtZZSMCm1ldHJpY19rZXmUjA5jcHV7am9iPSJhcGkifZSMBG5hbWWUjANj"
    "cHWUjAZsYWJlbHOUfZSMA2pvYpSMA2FwaZRzjAV2YWx1ZZRHP9AAAAAAAACMCXRpbWVzdGFtcJSMCGRhdGV0aW1llIwIZGF0ZXRpbWWU"
    "k5RDCgfqAwIKDx4B4kCUaBaMCHRpbWV6b25llJOUaBaMCXRpbWVkZWx0YZSTlEsASwBLAIeUUpSFlFKUhpRSlIwGc291cmNllIwYcHJv"
    "bWV0aGV1cy1rYWZrYS1hZGFwdGVylHWMEl9fcHlkYW50aWNfZXh0cmFfX5ROjBdfX3B5ZGFudGljX2ZpZWxkc19zZXRfX5SPlChoEGgO"
    "aBVoFGgKaAxoJGgIkIwUX19weWRhbnRpY19wcml2YXRlX1+UTnViaAGMCkFsZXJ0RXZlbnSUk5QpgZR9lChoBn2UKGgIjAdhbGVydC0x"
    "lGgKaAuMB3Byb2plY3SUjAhjaGVja291dJSMC2Vudmlyb25tZW50lIwKcHJvZHVjdGlvbpSMB3NlcnZpY2WUaBNoDowNSGlnaEVycm9y"
    "UmF0ZZSMCHNldmVyaXR5lIwIY3JpdGljYWyUjAZzdGF0dXOUjAhyZXNvbHZlZJRoEH2UjAlhbGVydG5hbWWUaDVzjAthbm5vdGF0aW9u"
    "c5R9lIwLZmluZ2VycHJpbnSUjBAxYTMwYmE3MWNjYTI5MjFmlIwJc3RhcnRzX2F0lGgjjAdlbmRzX2F0lGgYQwoH6gMCCg8AAAAAlGgh"
    "hpRSlGgkjAxhbGVydG1hbmFnZXKUjA1nZW5lcmF0b3JfdXJslE51aCZOaCePlChoEGg4aA5oMmgKaCRoPmg2aEBoMGgIaDRoQZBoKU51"
    "YmgBjApBdWRpdEVudHJ5lJOUKYGUfZQoaAZ9lChoCIwHYXVkaXQtMZRoCmgLjAZhY3Rpb26UjAdzaWxlbmNllIwFYWN0b3KUjANhbmGU"
    "jAhtYXRjaGVyc5SMGXNpZ25hbGNyYWZ0Lm1vZGVscy5jb21tb26UjAdNYXRjaGVylJOUKYGUfZQoaAZ9lChoDmg0aBRoE4wIaXNfcmVn"
    "ZXiUiYwIaXNfZXF1YWyUiHVoJk5oJ4+UKGgOaBSQaClOdWJoVSmBlH2UKGgGfZQoaA6MA2VudpRoFIwIcHJvZHxzdGeUaFmIaFqIdWgm"
    "Tmgnj5QoaA5oWWgUkGgpTnVihpSMBnRhcmdldJROjApkdXJhdGlvbl9zlEdArCAAAAAAAGgVaCNoQWgYQwoH6gMCCw8eAeJAlGghhpRS"
    "lIwHY29tbWVudJROaCRoRWhATowKdXBkYXRlZF9hdJROjAVzdGF0ZZROdWgmTmgnj5QoaFJoFWhkaApoJGhOaAhoUGhBkGgpTnViaAGM"
    "ClJlc29sdXRpb26Uk5QpgZR9lChoBn2UKGgIjAVyZXMtMZRoCmgLjAhncm91cF9pZJROaD5oP4wLcmVzb2x2ZWRfYXSUaCOMCnJvb3Rf"
    "Y2F1c2WUTowDZml4lIwLcm9sbGVkIGJhY2uUjAVsaW5rc5SMGGh0dHBzOi8vZXhhbXBsZS5jb20vcHIvMZSFlIwLcmVzb2x2ZWRfYnmU"
    "TmgkjAtzaWduYWxjcmFmdJR1aCZOaCePlChoc2gKaCRod2g+aHVoCJBoKU51YmUu"
)
"""``pickle.dumps`` (protocol 4, as Bytewax's snapshots) of :func:`_golden_records`, written by the code of
cb74874, before ``models/pickling.py``."""


def _golden_records() -> list[Record]:
    return [
        MetricPoint(
            id="metric-1",
            workspace_id="acme",
            metric_key='cpu{job="api"}',
            name="cpu",
            labels={"job": "api"},
            value=0.25,
            timestamp=T,
            source="prometheus-kafka-adapter",
        ),
        AlertEvent(
            id="alert-1",
            workspace_id="acme",
            project="checkout",
            environment="production",
            service="api",
            name="HighErrorRate",
            severity="critical",
            status="resolved",
            labels={"alertname": "HighErrorRate"},
            fingerprint="1a30ba71cca2921f",
            starts_at=T,
            ends_at=datetime(2026, 3, 2, 12, 15, tzinfo=timezone(timedelta(hours=2))),
            source="alertmanager",
        ),
        AuditEntry(
            id="audit-1",
            workspace_id="acme",
            action="silence",
            actor="ana",
            matchers=(Matcher(name="service", value="api"), Matcher(name="env", value="prod|stg", is_regex=True)),
            duration_s=3600.0,
            timestamp=T,
            ends_at=T + timedelta(hours=1),
            source="alertmanager",
        ),
        Resolution(
            id="res-1",
            workspace_id="acme",
            fingerprint="1a30ba71cca2921f",
            resolved_at=T,
            fix="rolled back",
            links=("https://example.com/pr/1",),
            source="signalcraft",
        ),
    ]


def test_a_pickle_written_by_the_code_before_loads_as_the_same_records():
    old = pickle.loads(base64.b64decode("".join(GOLDEN)))
    expected = _golden_records()
    assert len(old) == len(expected)
    for was, now in zip(old, expected, strict=True):
        assert_same(now, was)
        assert_same(now, _round_trip(was))


def test_the_models_package_names_every_model():
    assert {m.__name__ for m in _record_models()} <= set(models.__all__)
