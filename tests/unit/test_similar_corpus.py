"""The similar-incidents corpus: deterministic, every message decodable into the identity its
truth names, and as hard as it says (generic alert names across families, queries only where
their family is known in another project, a held-out split, a second workspace)."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from itertools import pairwise

import pytest

from signalcraft.models import AlertEvent, ChangeEvent, Commit, LogRecord, RawMessage, Resolution
from signalcraft.params import Identity
from signalcraft.sources.decode import decode
from tests.support import load_benchmark

sc = load_benchmark("similar_corpus")
words = sc.words
SMALL = {"seed": 3, "incidents": 84, "queries": 20, "others": 12}


@pytest.fixture(scope="module")
def small():
    return sc.generate(**SMALL)


@pytest.fixture(scope="module")
def default_plan():
    return sc.plan()


def _bytes(corpus) -> list[tuple]:
    return [(m.kind, m.key, m.value, m.headers, m.timestamp_ms) for m in corpus.messages]


def _decoded(messages) -> list:
    identity, out = Identity(), []
    for i, m in enumerate(messages):
        raw = RawMessage(f"bench.{m.kind}", 0, i, m.value, key=m.key, headers=m.headers, timestamp_ms=m.timestamp_ms)
        records, dead = decode(raw, m.kind, identity)
        assert dead is None, f"message {i} ({m.format}) refused: {dead.reason}"
        out += records
    return out


def test_the_same_seed_makes_the_same_bytes_and_another_seed_others(small):
    again = sc.generate(**SMALL)
    assert _bytes(again) == _bytes(small)
    assert again.truth == small.truth
    assert again.corpus_id == small.corpus_id == "sim-v1-s3-n84-q20-o12"
    assert _bytes(sc.generate(**{**SMALL, "seed": 4})) != _bytes(small)


def test_the_default_size_has_enough_incidents_projects_and_families(default_plan):
    past = [p for p in default_plan if p.workspace == sc.WORKSPACE and not p.query]
    assert len(past) == 2000
    assert len({p.team.project for p in past}) >= 8
    assert len({p.family.key for p in past}) >= 25
    projects = defaultdict(set)
    for p in past:
        projects[p.family.key].add(p.team.project)
    assert min(len(ps) for ps in projects.values()) >= 2
    assert len([p for p in default_plan if p.query]) >= 200


def test_queries_are_new_and_only_where_their_family_happened_in_another_project(default_plan):
    past = [p for p in default_plan if p.workspace == sc.WORKSPACE and not p.query]
    queries = [p for p in default_plan if p.query]
    projects = defaultdict(set)
    for p in past:
        projects[p.family.key].add(p.team.project)
    for q in queries:
        assert q.workspace == sc.WORKSPACE
        assert projects[q.family.key] - {q.team.project}, q
        assert q.cross_only == (q.team.project not in projects[q.family.key])
    assert min(q.at for q in queries) > max(p.at for p in default_plan if not p.query)
    assert sum(q.cross_only for q in queries) >= len(queries) // 3


def test_the_held_out_split_is_the_held_out_families_and_projects(default_plan):
    queries = [p for p in default_plan if p.query]
    for q in queries:
        held = q.family.key in words.HELD_OUT_FAMILIES or q.team.project in words.HELD_OUT_PROJECTS
        assert q.split == ("held_out" if held else "tune")
    splits = {q.split for q in queries}
    assert splits == {"tune", "held_out"}
    assert {q.family.key for q in queries if q.split == "held_out"} & words.HELD_OUT_FAMILIES


def test_a_second_workspace_holds_the_same_projects_and_families(default_plan):
    other = [p for p in default_plan if p.workspace == sc.OTHER_WORKSPACE]
    assert len(other) == 300 and not any(p.query for p in other)
    bench_projects = {p.team.project for p in default_plan if p.workspace == sc.WORKSPACE}
    assert {p.team.project for p in other} <= bench_projects
    assert len({p.family.key for p in other}) == len(words.FAMILIES)


def test_incidents_of_one_project_never_overlap(default_plan):
    by_project = defaultdict(list)
    for p in default_plan:
        by_project[(p.workspace, p.team.project)].append(p.at)
    for times in by_project.values():
        times.sort()
        assert all(b - a >= sc.SPACING for a, b in pairwise(times))


def test_generic_alert_names_span_families_and_services_see_several_causes():
    corpus = sc.generate(seed=2, incidents=300, queries=0, others=0)
    families_of = defaultdict(set)
    causes_on = defaultdict(set)
    for t in corpus.past:
        for name in t.alertnames:
            families_of[name].add(t.family)
        causes_on[(t.project, t.service)].add(t.family)
    assert len(families_of["HighErrorRate"]) >= 10
    assert sum(len(f) >= 3 for f in families_of.values()) >= 10
    assert max(len(f) for f in causes_on.values()) >= 5


def test_every_message_decodes_to_the_identity_its_truth_names(small):
    records = _decoded(small.messages)
    assert [m.timestamp_ms for m in small.messages] == sorted(m.timestamp_ms for m in small.messages)
    alerts = defaultdict(set)
    for r in records:
        if isinstance(r, AlertEvent):
            alerts[r.fingerprint].add((r.workspace_id, r.project, r.environment, r.service, r.name))
    for t in small.truth.values():
        for fp in t.fingerprints:
            [(ws, project, env, service, _name)] = alerts[fp]
            assert (ws, project, env, service) == (t.workspace, t.project, t.environment, t.service)
    resolutions = {r.fingerprint: r for r in records if isinstance(r, Resolution)}
    assert set(resolutions) == {t.primary_fingerprint for t in small.past}
    for t in small.past:
        r = resolutions[t.primary_fingerprint]
        assert r.workspace_id == t.workspace and r.resolved_at > t.opened_at + timedelta(minutes=12)
        assert r.root_cause and r.fix
    logs = {(r.workspace_id, r.project, r.environment, r.service) for r in records if isinstance(r, LogRecord)}
    assert {(t.workspace, t.project, t.environment, t.service) for t in small.truth.values()} <= logs
    assert any(isinstance(r, Commit) for r in records) and any(isinstance(r, ChangeEvent) for r in records)


def test_every_family_renders_and_decodes_in_every_team_it_applies_to():
    out = sc._Out()
    for i, family in enumerate(words.FAMILIES):
        for team in words.TEAMS:
            if words.applies(family, team):
                p = sc.Planned(f"t-{i}-{team.project}", sc.WORKSPACE, team, family,
                               sc._service(sc.random.Random(i), family, team), sc.START + timedelta(days=1))
                t = sc._Incident(p, sc.random.Random(f"{i}/{team.project}"), out).render()
                assert t.primary_fingerprint in t.fingerprints and t.alertnames
    records = _decoded(out.sorted())
    changes = [r for r in records if isinstance(r, ChangeEvent)]
    assert {c.type for c in changes} == {"deployment", "flag_change", "config_update"}
    assert all(c.project in {t.project for t in words.TEAMS} for c in changes)
