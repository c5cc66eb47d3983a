"""Recall of the candidate index against scoring every list name (the exhaustive method).

For a deterministic sample of the labelled queries it screens each query twice, through the
index and exhaustively, and counts the exhaustive method's alerts (entries at or above the
threshold) that the indexed screener also returns. Target: at least 99.5 %.

The exhaustive results are kept in ``--work``, keyed by the code that shapes them (everything
but candidate retrieval), so that a change to retrieval is measured again in a minute.

    python benchmarks/index_recall.py [--sample 400] [--jobs 2] [--lists us_ofac_sdn@2024-05-03,...]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import multiprocessing
import random
import sys
import time
from pathlib import Path

from listwatch.index.cache import load_index
from listwatch.screening.evaluation import prepare_publications
from listwatch.screening.screener import Screener
from listwatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._measure import query_from_row

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "data" / "eval"
PACKAGE = ROOT / "src" / "listwatch"
#: Modules that only pick candidates: the exhaustive reference does not depend on them.
RETRIEVAL = {"retrieval.py", "coverage.py"}


def reference_key(lists: str) -> str:
    """Digest of what the exhaustive results depend on: the lists and the code."""
    digest = hashlib.sha256(lists.encode())
    for folder in ("text", "index", "matching", "screening"):
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.is_file() and path.suffix != ".pyc" and path.name not in RETRIEVAL:
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_EXHAUSTIVE: Screener | None = None


def _row_key(row: dict[str, str]) -> str:
    return json.dumps([row[k] for k in ("name", "schema", "birth_date", "country")])


def _exhaustive_results(row: dict[str, str]) -> tuple[str, list[list[str | float]]]:
    """The exhaustive screener's alerts for one row (in a forked worker)."""
    assert _EXHAUSTIVE is not None
    results = _EXHAUSTIVE.screen(query_from_row(row), limit=0)
    return _row_key(row), [[r.entity_id, r.matched_name, r.score] for r in results]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--lists", default="us_ofac_sdn@2024-05-03,un_sc_sanctions@2026-02-27")
    parser.add_argument("--work", type=Path, default=Path("/tmp/listwatch-index-recall"))
    parser.add_argument("--jobs", type=int, default=1, help="processes for exhaustive scoring")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    store = Store(f"sqlite:///{args.work / 'store.db'}")
    pubs = []
    for spec in args.lists.split(","):
        pubs += prepare_publications(store, EVAL.parent / "lists", spec, [])
    index = load_index(store, pubs, args.work / "cache")
    global _EXHAUSTIVE
    indexed = Screener(index)
    _EXHAUSTIVE = Screener(index, exhaustive=True)
    with (EVAL / "screening_queries.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(20251128).shuffle(rows)
    sample = rows[: args.sample]
    kept = args.work / f"reference-{reference_key(args.lists)}.json"
    known: dict[str, list[list[str | float]]] = (
        json.loads(kept.read_text(encoding="utf-8")) if kept.exists() else {}
    )
    reference = found = queries_with_hits = 0
    started = time.perf_counter()
    missing = [row for row in sample if _row_key(row) not in known]
    if missing:
        with multiprocessing.get_context("fork").Pool(max(1, args.jobs)) as pool:
            known.update(pool.imap_unordered(_exhaustive_results, missing, chunksize=8))
    for row in sample:
        reference_results = known[_row_key(row)]
        want = {str(r[0]) for r in reference_results}
        got = {r.entity_id for r in indexed.screen(query_from_row(row), limit=0)}
        reference += len(want)
        found += len(want & got)
        queries_with_hits += bool(want)
        for entity_id, matched, score in reference_results:
            if entity_id not in got:
                print(f"missed: {row['name']!r} ~ {matched!r} ({entity_id}, {score:.3f})")
    elapsed = time.perf_counter() - started
    kept.write_text(json.dumps(known), encoding="utf-8")
    recall = found / reference if reference else 1.0
    print(
        f"lists: {', '.join(p.name for p in pubs)} ({len(index)} entries, {len(index.names)} names)"
    )
    print(f"queries: {len(sample)} (with exhaustive alerts: {queries_with_hits})")
    print(f"exhaustive alerts: {reference}; also returned by the index: {found}")
    print(f"index recall: {recall:.4f}  ({elapsed:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
