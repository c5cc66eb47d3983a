"""Recall of the candidate index against scoring every list name (the exhaustive method).

For a deterministic sample of the labelled queries it screens each query twice, through the
index and exhaustively, and counts the exhaustive method's alerts (entries at or above the
threshold) that the indexed screener also returns. Target: at least 99.5 %.

    python benchmarks/index_recall.py [--sample 400] [--lists us_ofac_sdn@2024-05-03,...]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

from listwatch.index.cache import load_index
from listwatch.screening.evaluation import prepare_publications
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener
from listwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "data" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--lists", default="us_ofac_sdn@2024-05-03,un_sc_sanctions@2026-02-27")
    parser.add_argument("--work", type=Path, default=Path("/tmp/listwatch-index-recall"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    store = Store(f"sqlite:///{args.work / 'store.db'}")
    pubs = []
    for spec in args.lists.split(","):
        pubs += prepare_publications(store, EVAL.parent / "lists", spec, [])
    index = load_index(store, pubs, args.work / "cache")
    indexed, exhaustive = Screener(index), Screener(index, exhaustive=True)
    with (EVAL / "screening_queries.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(20251128).shuffle(rows)
    sample = rows[: args.sample]
    reference = found = queries_with_hits = 0
    started = time.perf_counter()
    for row in sample:
        query = make_query(
            row["name"],
            schema=row["schema"] or None,
            birth_date=row["birth_date"] or None,
            country=row["country"] or None,
        )
        reference_results = exhaustive.screen(query, limit=0)
        want = {r.entity_id for r in reference_results}
        got = {r.entity_id for r in indexed.screen(query, limit=0)}
        reference += len(want)
        found += len(want & got)
        queries_with_hits += bool(want)
        for missed in (r for r in reference_results if r.entity_id not in got):
            print(
                f"missed: {row['name']!r} ~ {missed.matched_name!r} ({missed.entity_id}, "
                f"{missed.score:.3f})"
            )
    elapsed = time.perf_counter() - started
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
