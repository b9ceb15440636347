"""`signalcraft run`'s cluster arguments: the flags, else Bytewax's own environment variables."""

from __future__ import annotations

import pytest

from signalcraft.cli import _cluster, build_parser


def cluster(monkeypatch, argv: list[str], **env: str):
    for name in ("BYTEWAX_WORKERS_PER_PROCESS", "BYTEWAX_PROCESS_ID", "BYTEWAX_ADDRESSES", "BYTEWAX_POD_NAME",
                 "BYTEWAX_STATEFULSET_NAME", "BYTEWAX_HOSTFILE_PATH"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return _cluster(build_parser().parse_args(["run", *argv]))


def test_one_process_by_default(monkeypatch):
    assert cluster(monkeypatch, []) == (1, None, None)


def test_flags_win_over_the_environment(monkeypatch):
    got = cluster(monkeypatch, ["-w", "2", "-i", "1", "-a", "h0:2101;h1:2101"],
                  BYTEWAX_PROCESS_ID="0", BYTEWAX_ADDRESSES="x:1;y:1;z:1", BYTEWAX_WORKERS_PER_PROCESS="4")
    assert got == (2, 1, ["h0:2101", "h1:2101"])


def test_a_stateful_set_pod_takes_its_ordinal_and_the_hostfile(monkeypatch, tmp_path):
    hosts = tmp_path / "hosts"
    hosts.write_text("sc-0.sc.ns.svc:2101\nsc-1.sc.ns.svc:2101\n\nsc-2.sc.ns.svc:2101\n")
    got = cluster(monkeypatch, [], BYTEWAX_POD_NAME="sc-2", BYTEWAX_STATEFULSET_NAME="sc",
                  BYTEWAX_HOSTFILE_PATH=str(hosts))
    assert got == (1, 2, ["sc-0.sc.ns.svc:2101", "sc-1.sc.ns.svc:2101", "sc-2.sc.ns.svc:2101"])


@pytest.mark.parametrize(("argv", "env", "says"), [
    (["-i", "0"], {}, "needs both"),
    ([], {"BYTEWAX_ADDRESSES": "a:1;b:1"}, "needs both"),
    (["-i", "2", "-a", "a:1;b:1"], {}, "is not one of the 2 addresses"),
    ([], {"BYTEWAX_POD_NAME": "web-0", "BYTEWAX_STATEFULSET_NAME": "sc", "BYTEWAX_ADDRESSES": "a:1"}, "-ORDINAL"),
])
def test_a_half_given_cluster_is_refused(monkeypatch, argv, env, says):
    with pytest.raises(ValueError, match=says):
        cluster(monkeypatch, argv, **env)
