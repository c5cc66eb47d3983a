"""The compiled comparator: built from the current code, loaded only then, scores the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from listwatch.native import COMPILED, DONE_MARK, KERNELS, build_folder
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
    result: dict[str, object] = json.loads(_python(_SCORE_PAIRS, env, str(pairs)))
    return result


def _python(code: str, env: dict[str, str], *args: str) -> str:
    """What ``code`` prints, run by a fresh interpreter from the project root (for
    ``tests.factories``) with ``env`` added to the environment."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, **env},
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of builds holding the current code's."""
    root = tmp_path_factory.mktemp("native")
    folder = build(root)
    assert (folder / DONE_MARK).is_file()
    assert build(root) == folder  # built once for this code
    return root


def test_the_compiled_comparator_scores_every_pair_as_the_python_one(built: Path) -> None:
    compiled = _score_pairs({"LISTWATCH_NATIVE_DIR": str(built), "LISTWATCH_PURE": "0"})
    python = _score_pairs({"LISTWATCH_NATIVE_DIR": str(built), "LISTWATCH_PURE": "1"})
    assert compiled["compiled"] == [*COMPILED, *KERNELS]
    assert compiled["status"] == "matching compiled (mypyc, Cython)"
    assert python["compiled"] == []
    assert python["pairs"] == compiled["pairs"]
    assert len(python["pairs"]) > 9000  # type: ignore[arg-type]
    assert python["screened"] == compiled["screened"]
    assert sum(map(len, python["screened"])) > 9000  # type: ignore[call-overload]


#: Random coverage groups (with ties, names met by several groups, whole-name matches, empty
#: groups, no limit): the compiled kernel's picks against numpy's.
_SELECT_CASES = """
import json
import numpy as np
from listwatch.index import coverage
rng = np.random.default_rng(11)
def group(names):
    ids = np.sort(rng.choice(names, size=rng.integers(0, min(names, 400)), replace=False))
    weights = rng.choice([0.25, 0.5, 0.75, 1.0, 1.5], size=len(ids)) * rng.random()
    return (float(rng.choice([0.2, 0.3, 0.5])), ids.astype(np.int32), weights)
differ = 0
cases = 0
for case in range(1500):
    names = int(rng.integers(1, 3000))
    totals = rng.choice([1.0, 1.5, 2.0, 2.5], size=names)
    finding = [group(names) for _ in range(rng.integers(0, 4))]
    reinforcing = [group(names) for _ in range(rng.integers(0, 3))]
    whole = [int(n) for n in rng.integers(0, names, size=rng.integers(0, 3))]
    args = (finding, reinforcing, whole, totals, float(rng.choice([1.0, 1.3, 2.0])),
            float(rng.choice([0.6, 0.7, 0.75])), int(rng.choice([0, 5, 48])),
            int(rng.choice([8, 64])), 0.55, 0.75)
    cases += 1
    differ += coverage.select(*args) != coverage.select_numpy(*args)
refused = 0
met_first = (0.5, np.array([1, 2], np.int32), np.ones(2))  # marked before the bad group
out_of_range = (0.5, np.array([7, 3000], np.int32), np.ones(2))
short_weights = (0.5, np.zeros(2, np.int32), np.ones(1))
for bad in ([met_first, out_of_range], [met_first, short_weights]):
    try:
        coverage.select(bad, [], [], np.ones(3000), 1.0, 0.7, 48, 64, 0.55, 0.75)
    except (IndexError, ValueError):
        refused += 1
good = ([(1.0, np.array([1, 4], np.int32), np.array([0.5, 1.0]))], [], [], np.ones(3000), 2.0,
        0.7, 48, 64, 0.55, 0.75)
print(json.dumps({"kernel": coverage.select is not coverage.select_numpy,
                  "cases": cases, "differ": differ, "refused": refused,
                  "after": coverage.select(*good) == coverage.select_numpy(*good) == ([4], [1])}))
"""


def test_the_compiled_kernel_picks_the_names_numpy_picks(built: Path) -> None:
    env = {"LISTWATCH_NATIVE_DIR": str(built), "LISTWATCH_PURE": "0"}
    found = json.loads(_python(_SELECT_CASES, env))
    # and it refuses a name number out of range, or weights not one per name, cleanly
    assert found == {"kernel": True, "cases": 1500, "differ": 0, "refused": 2, "after": True}


#: Random pools of spellings (ties, copies of one spelling, empty spellings, other scripts,
#: spellings longer than the kernel's 64 letters): the compiled ranking against numpy's.
_ALIKE_CASES = """
import json, random
from listwatch.index import coverage
rng = random.Random(5)
letters = "abcdefghij klmno"
words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
words += ["é" + w for w in words[:50]] + ["ж" * 5, "x" * 70, "y" * 64, "a" * 63 + "b"]
differ = chosen = 0
for case in range(3000):
    spellings = rng.sample(words, 200) + rng.sample(words, 20)
    pool = rng.sample(range(len(spellings)), rng.randint(0, 100))
    query = rng.choice(words + ["z" * 65, "ab" * 32, "ñandu sa"])
    keep = rng.choice([0, 1, 8])
    picked = coverage.most_alike(query, spellings, pool, keep)
    differ += picked != coverage.most_alike_numpy(query, spellings, pool, keep)
    chosen += len(picked)
print(json.dumps({"kernel": coverage.most_alike is not coverage.most_alike_numpy,
                  "differ": differ, "chosen": chosen}))
"""


def test_the_compiled_kernel_ranks_spellings_as_rapidfuzz_does(built: Path) -> None:
    env = {"LISTWATCH_NATIVE_DIR": str(built), "LISTWATCH_PURE": "0"}
    found = json.loads(_python(_ALIKE_CASES, env))
    assert found["kernel"] is True
    assert found["differ"] == 0
    assert found["chosen"] > 5_000


#: The score ceiling against the comparator, over the labelled name pairs both ways round
#: and each first name against five other second names of its schema, at five floors: how
#: often it ruled a name out whose score reaches the floor (never), and how often it ruled one
#: out at all.
_CEILING_PAIRS = """
import csv, json, random, sys
from listwatch.matching.name_compare import compare_names
from listwatch.matching.name_weights import TokenWeights
from listwatch.matching.score_ceiling import query_ceiling
from listwatch.text import prepare_name
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
firsts = [prepare_name(row["a"], row["schema"] or "Person") for row in rows]
seconds = [prepare_name(row["b"], row["schema"] or "Person") for row in rows]
weights = TokenWeights.from_names(seconds)
rng = random.Random(5)
pairs = [*zip(firsts, seconds), *zip(seconds, firsts)]
for first in firsts:
    others = [c for c in rng.sample(seconds, 40) if c.schema == first.schema]
    pairs += [(first, other) for other in others[:5]]
checked = missed = ruled_out = reached = 0
for q, c in pairs:
    q_weights, c_weights = weights.apply(q), weights.apply(c)
    ceiling = query_ceiling(q, q_weights)
    score = compare_names(q, c, weights, q_weights=q_weights, c_weights=c_weights).score
    for floor in (0.3, 0.5, 0.7, 0.8, 0.95):
        checked += 1
        reached += score >= floor
        if not ceiling.could_reach(c, c_weights, floor):
            ruled_out += 1
            missed += score >= floor
print(json.dumps({"checked": checked, "reached": reached, "ruled_out": ruled_out,
                  "missed": missed}))
"""


def test_the_score_ceiling_never_rules_out_a_name_that_reaches_the_floor(built: Path) -> None:
    env = {"LISTWATCH_NATIVE_DIR": str(built), "LISTWATCH_PURE": "0"}
    pairs = SHARED / "eval" / "name_pairs.csv"
    found = json.loads(_python(_CEILING_PAIRS, env, str(pairs)))
    assert found["checked"] > 100_000
    assert found["missed"] == 0
    # and it rules out most of the names that cannot reach the floor
    below = found["checked"] - found["reached"]
    assert found["ruled_out"] > 0.6 * below, found


def _status_with_builds_in(root: Path) -> str:
    code = "from listwatch import native; print(native.status(), native.compiled_modules())"
    return _python(code, {"LISTWATCH_NATIVE_DIR": str(root), "LISTWATCH_PURE": "0"}).strip()


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
