"""The compiled comparator: built from the current code, loaded only then, scores the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from listwatch.native import COMPILED, DONE_MARK, build_folder
from listwatch.native_build import build
from tests.conftest import SHARED

#: Scores every pair of the labelled name pairs (all scripts, people, companies, vessels) with
#: the explanation of each; then screens each first name against an index of the second names
#: (retrieval, comparison, ranking); prints both, and which modules are compiled.
_SCORE_PAIRS = """
import csv, json, sys
from listwatch import native
from listwatch.index import ScreeningIndex
from listwatch.matching import compare
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener
from tests.factories import make_entity
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
pairs = []
for row in rows:
    match = compare(row["a"], row["b"], schema=row["schema"] or "Person")
    pairs.append([match.score, str(match.explanation), match.explanation.as_dict()])
index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
listed = [make_entity(str(n), row["schema"], (row["b"], "name")) for n, row in enumerate(rows)]
index.add(listed, "2024-05-03")
screener = Screener(index.finish())
screened = [
    [(r.entity_id, r.score, str(r.names)) for r in screener.screen(make_query(row["a"]), limit=0)]
    for row in rows
]
print(json.dumps({
    "compiled": native.compiled_modules(), "status": native.status(),
    "pairs": pairs, "screened": screened,
}))
"""


def _score_pairs(env: dict[str, str]) -> dict[str, object]:
    pairs = SHARED / "eval" / "name_pairs.csv"
    if not pairs.is_file():
        pytest.fail(f"labelled name pairs not found at {pairs}; see README 'Data'")
    done = subprocess.run(
        [sys.executable, "-c", _SCORE_PAIRS, str(pairs)],
        env={**os.environ, **env},
        cwd=Path(__file__).resolve().parents[1],  # the project root: tests.factories
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_compiled_comparator_scores_every_pair_as_the_python_one(tmp_path: Path) -> None:
    folder = build(tmp_path)
    assert (folder / DONE_MARK).is_file()
    assert build(tmp_path) == folder  # built once for this code
    compiled = _score_pairs({"LISTWATCH_NATIVE_DIR": str(tmp_path), "LISTWATCH_PURE": "0"})
    python = _score_pairs({"LISTWATCH_NATIVE_DIR": str(tmp_path), "LISTWATCH_PURE": "1"})
    assert compiled["compiled"] == list(COMPILED)
    assert compiled["status"] == "matching compiled (mypyc)"
    assert python["compiled"] == []
    assert python["pairs"] == compiled["pairs"]
    assert len(python["pairs"]) > 9000  # type: ignore[arg-type]
    assert python["screened"] == compiled["screened"]
    assert sum(map(len, python["screened"])) > 9000  # type: ignore[call-overload]


def _status_with_builds_in(root: Path) -> str:
    code = "from listwatch import native; print(native.status(), native.compiled_modules())"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "LISTWATCH_NATIVE_DIR": str(root), "LISTWATCH_PURE": "0"},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_without_a_build_for_this_code_names_are_compared_in_python(tmp_path: Path) -> None:
    other_code = tmp_path / build_folder(tmp_path).name.replace("cpython", "older")
    (other_code / "listwatch" / "matching").mkdir(parents=True)
    (other_code / DONE_MARK).write_text("another fingerprint\n")
    assert _status_with_builds_in(tmp_path) == (
        "matching in Python (not built for this code: python -m listwatch.native_build) []"
    )


def test_an_unfinished_build_is_not_loaded(tmp_path: Path) -> None:
    (build_folder(tmp_path) / "listwatch" / "matching").mkdir(parents=True)
    assert _status_with_builds_in(tmp_path).endswith(" []")
