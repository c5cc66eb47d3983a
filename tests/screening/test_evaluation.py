"""The evaluation harness on a tiny labelled set with a real UN excerpt."""

from __future__ import annotations

from pathlib import Path

from listwatch.screening.evaluation import evaluate_queries, read_queries
from listwatch.store import Store

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "eval_tiny"


def test_harness_counts_recall_first_rank_and_false_alerts(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'eval.db'}")
    report = evaluate_queries(
        read_queries(TINY / "screening_queries.csv"), store, TINY / "lists", tmp_path / "cache"
    )
    sets = report["sets"]
    assert sets["tiny_pos"]["positives"] == 3
    assert sets["tiny_pos"]["recall"] == round(2 / 3, 4)  # the wrongly labelled row is missed
    assert sets["tiny_pos"]["ranked_first"] == round(2 / 3, 4)
    assert sets["tiny_neg"]["negatives"] == 1
    assert sets["tiny_neg"]["false_alerts"] == 0
    assert report["misses"]["tiny_pos"] == ["tiny:4"]
    assert report["overall"]["positives"] == 3
