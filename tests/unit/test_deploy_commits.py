"""What a deploy shipped: the deploy_commits view lists the commits between the service's
previous live revision and this one, with the compare link."""

from __future__ import annotations

import duckdb

from signalcraft.models import Commit, make_id
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import at, change

REPO = "acme/payments-api"


def commit(sha: str, minutes: float, message: str, *files: str) -> Commit:
    return Commit(id=make_id("commit", "acme", REPO, sha), workspace_id="acme", project=REPO, service="payments-api",
                  repository=REPO, ref="refs/heads/main", sha=sha, message=message, author="dev",
                  timestamp=at(minutes), modified=files, source="github-push")


def deploy(key: str, minutes: float, sha: str):
    return change(key, "deployment", "github-deployment", minutes, service="payments-api", phase="live",
                  identifiers={"revision": sha}, version=sha[:7], summary=f"deployed payments-api {sha[:7]}")


def test_a_deploy_lists_the_commits_since_the_previous_live_revision(tmp_path):
    shas = [f"{i:02d}" + "a" * 38 for i in range(5)]
    records = [
        commit(shas[0], -100, "init"),
        commit(shas[1], -90, "add retries", "client.py"),
        deploy("d1", -80, shas[1]),
        commit(shas[2], -70, "lower pool size to 4", "db/pool.yaml"),
        commit(shas[3], -60, "add metrics", "metrics.py"),
        deploy("d2", -50, shas[3][:12]),  # a deploy naming an abbreviated sha
        commit(shas[4], -40, "not shipped yet"),
    ]
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(records)
        writer.flush()
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT revision, previous_revision, compare_url, message, modified FROM deploy_commits "
                           "ORDER BY live_at, committed_at").fetchall()
    assert [(r[0][:2], r[3]) for r in rows] == [
        ("01", "add retries"),  # the first deploy the store knows: its own commit only (no previous revision)
        ("03", "lower pool size to 4"), ("03", "add metrics"),
    ]
    first, *second = rows
    assert (first[1], first[2]) == (None, None)
    assert {r[2] for r in second} == {f"https://github.com/{REPO}/compare/{shas[1]}...{shas[3][:12]}"}
    assert second[0][4] == ["db/pool.yaml"]
