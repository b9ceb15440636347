"""The LogHub benchmark's scoring on a tiny hand-made folder laid out like LogHub."""

from __future__ import annotations

import csv
import doctest
import json
from pathlib import Path

import pytest

from tests.support import load_benchmark

loghub = load_benchmark("loghub")

HEADER = ["LineId", "Level", "Content", "EventId", "EventTemplate"]

# (content, true event id, true template)
ALPHA = [
    ("Received block blk_11 of size 512 from /10.0.0.1", "E1", "Received block blk_<*> of size <*> from /<*>"),
    ("Received block blk_-12 of size 64 from /10.0.0.2", "E1", "Received block blk_<*> of size <*> from /<*>"),
    ("VM Started (Lifecycle Event)", "E2", "VM Started (Lifecycle Event)"),
    ("VM Paused (Lifecycle Event)", "E3", "VM Paused (Lifecycle Event)"),
    ("Took 0.5 seconds to spawn", "E4", "Took <*>.<*> seconds to spawn"),
    ("Took 1.25 seconds to spawn", "E4", "Took <*>.<*> seconds to spawn"),
]
# The truth splits one pattern by a number: the miner cannot, so these 4 lines are grouped wrong.
BETA = [
    ("worker 1 ready", "B1", "worker 1 ready"),
    ("worker 2 ready", "B2", "worker 2 ready"),
    ("worker 1 ready", "B1", "worker 1 ready"),
    ("worker 3 ready", "B2", "worker <*> ready"),
    ("shutting down now", "B3", "shutting down"),
]


def write_system(root: Path, name: str, rows: list[tuple[str, str, str]]) -> None:
    folder = root / name
    folder.mkdir()
    with (folder / f"{name}_2k.log_structured.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i, (content, event, template) in enumerate(rows, 1):
            w.writerow([i, "INFO", content, event, template])


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    write_system(tmp_path, "Alpha", ALPHA)
    write_system(tmp_path, "Beta", BETA)
    (tmp_path / "notes").mkdir()  # folders of another shape are ignored
    return tmp_path


def test_doctests() -> None:
    assert doctest.testmod(loghub).failed == 0


def test_grouping_accuracy_counts_only_exact_groups() -> None:
    assert loghub.grouping_accuracy(["a", "a", "b", "c"], [1, 1, 2, 2]) == 0.5
    assert loghub.grouping_accuracy(["a", "a", "a"], [1, 1, 2]) == 0.0
    assert loghub.grouping_accuracy(["x", "y", "z"], [1, 2, 3]) == 1.0


def test_normalise_makes_truth_wildcards_and_masks_compare_equal() -> None:
    n = loghub.normalise
    assert n("Took <*>.<*> seconds") == n("Took <*> seconds") == "Took <*> seconds"
    assert n("from /<*>:<*>") == n("from /10.0.0.1:80") == "from <*>"
    assert n("delete blk_<*> blk_<*>") == n("delete <*>") == "delete <*>"
    assert n("VM Started") != n("VM <*>")


def test_scores_of_the_hand_made_systems(data_dir: Path) -> None:
    systems = {s.name: s for s in loghub.load_systems(data_dir)}
    assert sorted(systems) == ["Alpha", "Beta"]
    params = loghub.LogTemplateParams()
    alpha = loghub.run_ours(systems["Alpha"], params)
    assert loghub.grouping_accuracy(alpha.groups, systems["Alpha"].event_ids) == 1.0
    assert loghub.parsing_accuracy(alpha.templates, systems["Alpha"].templates) == 1.0
    beta = loghub.run_ours(systems["Beta"], params)
    assert loghub.grouping_accuracy(beta.groups, systems["Beta"].event_ids) == pytest.approx(1 / 5)
    # PA masks the truth too ("worker 1 ready" reads "worker <*> ready"); "shutting down now" is wrong
    assert loghub.parsing_accuracy(beta.templates, systems["Beta"].templates) == pytest.approx(4 / 5)


def test_groups_follow_replaced_ids(tmp_path: Path) -> None:
    rows = [(f"open file {name} done", "E1", "open file <*> done") for name in ("cfg-a", "cfg-b", "x-y")]
    write_system(tmp_path, "Gamma", rows)
    (system,) = loghub.load_systems(tmp_path)
    parsed = loghub.run_ours(system, loghub.LogTemplateParams())
    assert len(set(parsed.groups)) == 1 and parsed.templates == ["open file <*> done"] * 3


def test_main_prints_a_table_and_one_json_line(data_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "result.json"
    result = loghub.main(["--data-dir", str(data_dir), "--out", str(out), "--lines", "200"])
    printed = capsys.readouterr().out.strip().splitlines()
    assert json.loads(printed[-1]) == json.loads(out.read_text()) == json.loads(json.dumps(result))
    assert result["systems"]["Alpha"]["ours"] == {"ga": 1.0, "pa": 1.0, "templates": 4}
    assert result["average"]["all"]["ours_ga"] == pytest.approx((1.0 + 0.2) / 2)
    assert result["average"]["held_out"]["systems"] == ["Alpha", "Beta"]
    assert result["average"]["tuned"] == {}
    assert result["throughput"]["ours"]["lines"] == 200
    assert result["state_1000_templates"]["templates"] == 1000
    assert "drain3" in result["systems"]["Beta"]


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no <System>"):
        loghub.main(["--data-dir", str(tmp_path)])
