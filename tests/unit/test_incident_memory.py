"""The incident memory with the real model and real LanceDB and DuckDB files: documents per group,
embeddings once per text, nothing twice on a replay, catch-up after a crash, workspaces kept
apart, similar incidents, runbooks and the brief."""

from __future__ import annotations

import json

import duckdb
import numpy as np
import pytest

from signalcraft.config import CopilotSettings
from signalcraft.copilot.brief import brief
from signalcraft.copilot.memory import Memory, MemoryNotFound
from signalcraft.copilot.runbook import draft
from signalcraft.copilot.similar import find_similar
from signalcraft.models import AlertGroup, Correlation, Resolution, make_id
from signalcraft.operators.embedding import Encoder
from signalcraft.operators.incident_facts import facts_for, signatures
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from signalcraft.sinks.incident_memory import IncidentMemory, MemoryIndexer
from tests.support import alert, at, change

POOL = ("DBPoolExhausted", "HikariPool-1 - Connection is not available, request timed out after 30000ms",
        "connection pool exhausted after the deploy lowered maximumPoolSize", "raised maximumPoolSize and rolled back")
DISK = ("DiskAlmostFull", "/var/lib/postgresql is 97% full", "WAL archiving stalled and filled the volume",
        "cleared old WAL segments and fixed the archive command")
CERT = ("TLSHandshakeErrors", "x509: certificate has expired or is not yet valid", "the ingress certificate expired",
        "renewed the certificate and fixed the cert-manager issuer")


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


def incident(n: int, family: tuple[str, str, str, str], minutes: float, *, workspace: str = "acme",
             project: str = "shop", service: str = "payments-api", resolved: bool = True,
             fix: str | None = None) -> list:
    """An alert group with one alert, a suspect deploy, and (``resolved``) its resolution."""
    name, summary, root, default_fix = family
    fp = f"fp-{workspace}-{n}"
    a = alert(name, service, "firing", minutes, fingerprint=fp, severity="critical")
    a = a.model_copy(update={"workspace_id": workspace, "project": project, "annotations": {"summary": summary}})
    gid = f"group-{workspace}-{n}"
    group = AlertGroup(id=gid, workspace_id=workspace, group_key=f'{{alertname="{name}"}}',
                       group_labels={"alertname": name}, project=project, environment="prod", service=service,
                       status="created", opened_at=a.starts_at, updated_at=a.starts_at, fingerprints=(fp,),
                       alert_count=1, max_severity="critical", version=1)
    deploy = change(f"{workspace}-{n}", "deployment", "github-deployment", minutes - 10, service=service,
                    summary=f"deployed {service} v{n}", actor="dev", version=f"v{n}")
    deploy = deploy.model_copy(update={"workspace_id": workspace, "project": project})
    corr = Correlation(id=make_id("corr", gid, deploy.id), workspace_id=workspace, group_id=gid, change_id=deploy.id,
                       rank=1, score=0.9, lag_s=600, reasons=("deployed 10 min before",), suspect=True,
                       requested_at=deploy.timestamp, live_at=deploy.timestamp)
    out = [a, group, deploy, corr]
    if resolved:
        out.append(Resolution(id=f"res-{workspace}-{n}", workspace_id=workspace, group_id=gid,
                              resolved_at=at(minutes + 30), root_cause=root, fix=fix or default_fix,
                              links=(f"https://wiki/postmortem/{n}",), source="signalcraft-resolution"))
    return out


def store(tmp_path, records) -> str:
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(records)
        writer.flush()
    return str(db)


def corpus() -> list:
    return [*incident(1, POOL, 0, project="shop", service="payments-api"),
            *incident(2, POOL, 600, project="billing", service="invoice-svc",
                      fix="raised maximumPoolSize and rolled back the deploy"),
            *incident(3, DISK, 1200, project="billing", service="ledger-db"),
            *incident(4, CERT, 1800, project="search", service="search-api"),
            *incident(5, POOL, 2400, project="search", service="query-api", fix="rolled back; pool size doubled"),
            *incident(6, POOL, 3000, workspace="other", project="shop", service="payments-api"),
            *incident(9, POOL, 5000, project="mobile", service="bff", resolved=False)]


def test_one_row_per_group_and_a_replay_writes_and_embeds_nothing(tmp_path, encoder):
    db = store(tmp_path, corpus())
    memory = IncidentMemory(tmp_path / "m.lance", encoder)
    con = duckdb.connect(db, read_only=True)
    first = memory.index(con)
    assert (first.groups, first.written) == (7, 7)
    # symptom texts differ by service, so each is embedded; resolutions repeat: the cache serves those
    assert first.embedded < first.texts
    again = memory.index(con, [f"group-acme-{n}" for n in (1, 2, 3)])
    assert (again.written, again.unchanged, again.embedded) == (0, 3, 0)
    restarted = IncidentMemory(tmp_path / "m.lance", encoder)
    assert len(restarted) == 7 and restarted.stale(con) == []
    assert restarted.index(con).written == 0
    import lancedb

    assert lancedb.connect(str(tmp_path / "m.lance")).open_table("incidents").count_rows() == 7


def test_a_resolution_arriving_later_rewrites_the_row_with_its_fix(tmp_path, encoder):
    records = incident(1, POOL, 0, resolved=False)
    db = store(tmp_path, records)
    memory = IncidentMemory(tmp_path / "m.lance", encoder)
    with duckdb.connect(db, read_only=True) as con:
        before = signatures(con)["group-acme-1"]
        memory.index(con)
    fix = incident(1, POOL, 0)[-1]
    with DuckDBWriter(db) as writer:
        writer.add([fix])
        writer.flush()
    with duckdb.connect(db, read_only=True) as con:
        assert signatures(con)["group-acme-1"] != before
        assert memory.stale(con) == ["group-acme-1"]
        assert memory.index(con).written == 1
    import lancedb

    row = lancedb.connect(str(tmp_path / "m.lance")).open_table("incidents").search().limit(1).to_list()[0]
    assert row["resolved"] and row["fix"] == POOL[3] and row["root_cause"] == POOL[2]
    assert np.linalg.norm(row["fix_vector"]) == pytest.approx(1.0, abs=1e-3)


def test_the_indexer_catches_up_on_groups_committed_before_a_crash(tmp_path, encoder):
    records = corpus()
    db = store(tmp_path, records[:10])  # the first two incidents, indexed before the "crash"
    with duckdb.connect(db, read_only=True) as con:
        assert IncidentMemory(tmp_path / "m.lance", encoder).index(con).written == 2
    with DuckDBWriter(db) as writer:  # committed by the flow, never handed to the memory (it died)
        writer.add(records[10:])
        writer.flush()
    con = duckdb.connect(db, read_only=True)
    indexer = MemoryIndexer(lambda: IncidentMemory(tmp_path / "m.lance", encoder), lambda: con, drain_s=120)
    assert indexer.idle(120)
    indexer.close()
    assert indexer.report.written == 5 and indexer.failures == 0  # the five it had missed, no more
    assert IncidentMemory(tmp_path / "m.lance", encoder).stale(con) == []


@pytest.fixture(scope="module")
def memory(tmp_path_factory, encoder):
    """The corpus stored and indexed once for the module: the tests using it only read."""
    tmp_path = tmp_path_factory.mktemp("memory")
    db = store(tmp_path, corpus())
    with duckdb.connect(db, read_only=True) as con:
        IncidentMemory(tmp_path / "s.lance", encoder).index(con)
    m = Memory.open(db, encoder=encoder)
    yield m
    m.close()


def test_similar_finds_the_same_cause_in_other_projects_with_its_fix(memory):
    found = find_similar(memory, group_id="group-acme-9", k=3)
    assert {m.group_id for m in found} == {"group-acme-5", "group-acme-2", "group-acme-1"}
    assert {m.project for m in found} == {"search", "billing", "shop"}
    assert found[0].score > 0.8 > max(m.score for m in find_similar(memory, group_id="group-acme-9", k=5)[3:])
    top = next(m for m in found if m.group_id == "group-acme-5")
    assert top.fix == "rolled back; pool size doubled" and top.links == ("https://wiki/postmortem/5",)
    assert any(w.startswith("same alert: DBPoolExhausted") for w in top.why)
    assert json.loads(json.dumps(top.as_json()))["opened_at"].startswith("2024-03-")


def test_workspaces_never_see_each_other_unless_a_setting_shares_them(memory):
    alone = find_similar(memory, group_id="group-acme-9", k=10)
    assert alone and {m.workspace_id for m in alone} == {"acme"}
    text = find_similar(memory, text="connection pool exhausted", workspace="other", k=10)
    assert [m.group_id for m in text] == ["group-other-6"]
    shared = find_similar(memory, group_id="group-acme-9", k=10,
                          settings=CopilotSettings(share_workspaces="acme,other"))
    assert "group-other-6" in {m.group_id for m in shared}
    unrelated = find_similar(memory, group_id="group-acme-9", k=10,
                             settings=CopilotSettings(share_workspaces="other,third"))
    assert "group-other-6" not in {m.group_id for m in unrelated}


def test_the_query_side_reads_times_in_utc_whatever_the_hosts_zone(memory):
    assert memory.con.execute("SELECT current_setting('TimeZone')").fetchone()[0] == "UTC"
    assert brief(memory, "group-acme-9").facts.opened_at.utcoffset().total_seconds() == 0


def test_free_text_meets_root_cause_and_fix(memory):
    found = find_similar(memory, text="the TLS certificate ran out", workspace="acme", k=1)
    assert [m.group_id for m in found] == ["group-acme-4"]


def test_the_runbook_ranks_the_fix_that_worked_most_often_first(memory):
    book = draft(memory, group_id="group-acme-9")
    assert book is not None and book.incidents == 3
    assert book.evidence == "from 3 incidents in 3 projects (billing, search, shop)"
    first, *rest = book.fixes
    assert first.incidents == 2 and first.text.startswith("raised maximumPoolSize and rolled back")
    assert [f.incidents for f in rest] == [1]
    md = book.markdown()
    assert "## Fixes that worked, most often first" in md and "https://wiki/postmortem/1" in md
    assert any("latest deployment of the service" in c for c in book.checks)
    by_name = draft(memory, alertname="DBPoolExhausted", workspace="acme")
    assert by_name is not None and by_name.incidents == 3
    assert draft(memory, alertname="DBPoolExhausted", workspace="nobody") is None


def test_the_brief_gathers_the_suspect_and_similar_fixes(memory):
    b = brief(memory, "group-acme-9")
    text = b.text()
    assert "SUSPECT CHANGE" in text and "deployed bff v9 by dev" in text
    assert "fix: rolled back; pool size doubled" in text
    assert b.runbook is not None and "RUNBOOK DRAFT" in text and "## Runbook draft" in b.markdown()
    doc = b.as_json()
    assert doc["suspect"]["summary"] == "deployed bff v9" and len(doc["similar"]) == 3
    with pytest.raises(MemoryNotFound, match="no alert group 'nope'"):
        brief(memory, "nope")


def test_facts_read_what_exists_and_nothing_else(tmp_path):
    db = store(tmp_path, incident(1, POOL, 0))
    with duckdb.connect(db, read_only=True) as con:
        facts = facts_for(con, ["group-acme-1", "missing"])
    assert list(facts) == ["group-acme-1"]
    f = facts["group-acme-1"]
    assert f.alertnames == ("DBPoolExhausted",) and f.suspect.summary == "deployed payments-api v1"
    assert [r.fix for r in f.resolutions] == [POOL[3]] and f.patterns == () and f.warnings == ()


def test_the_commands_print_what_the_library_found(tmp_path, encoder, capsys):
    from signalcraft.cli import main

    db = store(tmp_path, corpus())
    assert main(["index", "--db", db]) == 0
    out = capsys.readouterr()
    assert "7 incidents written" in out.out and "7 of 7 groups" in out.err  # progress on stderr
    assert main(["index", "--db", db]) == 0  # a second run adds nothing
    assert capsys.readouterr().out.startswith("0 incidents written, 0 unchanged; 0 texts embedded")
    assert main(["similar", "group-acme-9", "--db", db, "--k", "2", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 2 and set(found[0]) >= {"group_id", "project", "service", "alertname", "opened_at", "score",
                                                  "why", "root_cause", "fix", "links"}
    assert {f["group_id"] for f in found} <= {"group-acme-1", "group-acme-2", "group-acme-5"}
    assert main(["brief", "group-acme-9", "--db", db, "--markdown"]) == 0
    first = capsys.readouterr().out
    assert main(["brief", "group-acme-9", "--db", db, "--markdown"]) == 0
    assert capsys.readouterr().out == first  # deterministic
    assert first.startswith("# DBPoolExhausted — bff (mobile/prod)") and "## Similar past incidents" in first
    assert main(["runbook", "--alertname", "DBPoolExhausted", "--workspace", "acme", "--db", db]) == 0
    assert "_Drafted from 3 incidents in 3 projects (billing, search, shop)._" in capsys.readouterr().out
    assert main(["similar", "--db", db]) == 1
    assert "give exactly one of GROUP_ID and --text" in capsys.readouterr().err
    assert main(["brief", "nope", "--db", db]) == 1
    assert "no alert group 'nope' in the store" in capsys.readouterr().err


def test_a_reader_never_reaches_a_group_of_a_workspace_it_may_not_see(memory):
    # the group id is another workspace's: as unknown as a missing one, for every command
    with pytest.raises(MemoryNotFound, match="no alert group 'group-other-6'"):
        find_similar(memory, group_id="group-other-6", workspace="acme")
    with pytest.raises(MemoryNotFound, match="no alert group 'group-other-6'"):
        brief(memory, "group-other-6", workspace="acme")
    with pytest.raises(MemoryNotFound, match="no alert group 'group-other-6'"):
        draft(memory, group_id="group-other-6", workspace="acme")
    assert find_similar(memory, group_id="group-other-6", workspace="other") == []  # its own: nothing alike
    # a workspace name written to break out of the filter's quotes finds nothing, not everything
    assert find_similar(memory, text="connection pool exhausted", workspace="x' OR workspace_id != '") == []
    assert draft(memory, alertname="DBPoolExhausted", workspace="x' OR 'a' = 'a") is None
    shared = CopilotSettings(share_workspaces="acme,other")
    assert {m.workspace_id for m in find_similar(memory, group_id="group-other-6", workspace="acme",
                                                 settings=shared)} == {"acme"}


def test_an_indexer_without_its_packages_turns_itself_off_and_never_holds_the_flow(tmp_path):
    import time

    from signalcraft.operators.embedding import CopilotUnavailable

    def missing():
        raise CopilotUnavailable("the copilot needs LanceDB")

    indexer = MemoryIndexer(missing, lambda: None, drain_s=60)
    assert indexer.idle(10)
    indexer.touched(["g1", "g2"])  # ignored: nothing piles up for the life of the flow
    assert indexer.pending == 0
    started = time.monotonic()
    indexer.close()
    assert time.monotonic() - started < 5  # no drain wait for work that can never happen


def test_a_group_touched_fifty_times_while_the_indexer_is_busy_is_written_and_embedded_once(tmp_path, encoder):
    import threading

    db = store(tmp_path, incident(1, POOL, 0))
    con = duckdb.connect(db, read_only=True)
    busy = threading.Event()

    def memory() -> IncidentMemory:
        busy.wait(30)  # the indexer is behind: every touch arrives before it gets to the group
        return IncidentMemory(tmp_path / "m.lance", encoder)

    indexer = MemoryIndexer(memory, lambda: con, drain_s=120)
    for _ in range(50):
        indexer.touched(["group-acme-1"])
    assert indexer.pending == 1
    busy.set()
    assert indexer.idle(120)
    indexer.close()
    assert (indexer.report.written, indexer.report.embedded) == (1, 2)  # its symptoms and its fix, once


def test_a_stop_between_the_models_batches_leaves_the_chunk_stale_and_keeps_what_was_embedded(tmp_path):
    records = [r for n, family in enumerate((POOL, DISK, CERT), 1) for r in incident(n, family, n * 600)]
    db = store(tmp_path, records)
    con = duckdb.connect(db, read_only=True)
    one_at_a_time = Encoder(batch_size=1)
    memory = IncidentMemory(tmp_path / "m.lance", one_at_a_time)
    stopped = memory.index(con, stop=lambda: one_at_a_time.texts_embedded >= 2)
    assert (stopped.written, stopped.embedded) == (0, 2)  # the chunk is left for the next pass
    assert len(memory.stale(con)) == 3
    again = memory.index(con)
    assert (again.written, again.embedded, again.cache_hits) == (3, 4, 2)  # the two embedded before: cached
    assert memory.stale(con) == []


def test_the_facts_read_the_log_patterns_the_view_gives_each_group(tmp_path):
    from tests.unit.test_duckdb_sink import scenario

    db = store(tmp_path, scenario())
    con = duckdb.connect(db, read_only=True)
    through_view = {}
    for r in con.execute("SELECT group_id, template, example, service, lines, errors, is_new, rise "
                         "FROM incident_log_patterns WHERE rank <= 5 ORDER BY group_id, rank").fetchall():
        through_view.setdefault(r[0], []).append(r[1:])
    ids = [gid for (gid,) in con.execute("SELECT id FROM alert_groups").fetchall()]
    facts = facts_for(con, ids)
    assert through_view and "group-checkout-errors" in through_view
    assert {gid: [tuple(vars(p).values()) for p in f.patterns] for gid, f in facts.items() if f.patterns} \
        == through_view
