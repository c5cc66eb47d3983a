"""Evaluating the comparator on a labelled pair file."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.matching import compare, evaluate_pairs


def test_compare_prepares_both_names() -> None:
    assert compare("Владимир Путин", "Vladimir Putin").score == 1.0


def test_compare_meets_a_former_name_on_either_side() -> None:
    match = compare("Wheatland Glory (ex-Pacific Sower)", "Pacific Sower", "Vessel")
    assert match.score == 1.0
    assert compare("Pacific Sower", "Wheatland Glory (ex-Pacific Sower)", "Vessel").score == 1.0
    assert compare("Wheatland Glory (ex-Pacific Sower)", "Southern Glory", "Vessel").score < 0.8


def test_evaluate_pairs_on_a_tiny_file(fixtures_dir: Path) -> None:
    report = evaluate_pairs(fixtures_dir / "eval" / "name_pairs_tiny.csv", threshold=0.8)
    overall = report["overall"]
    # Five of six right: the translation pair is missed.
    assert (overall["tp"], overall["fp"], overall["fn"], overall["tn"]) == (3, 0, 1, 2)
    assert overall["precision"] == 1.0
    assert overall["recall"] == 0.75
    assert overall["f1"] == pytest.approx(0.8571, abs=1e-4)
    assert report["sets"]["people"]["f1"] == 1.0
    assert report["sets"]["orgs"]["fn"] == 1
    assert report["categories"]["orgs/translation"]["fn"] == 1
    assert [e["id"] for e in report["errors"]] == ["tiny:6"]
    assert sum(b["same"] + b["different"] for b in report["histogram"]) == 6
    assert report["threshold"] == 0.8


def test_missing_columns_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text("a,b\nx,y\n", encoding="utf-8")
    with pytest.raises(SourceError, match="label"):
        evaluate_pairs(path)


def test_bad_label_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text("a,b,label\nx,y,yes\n", encoding="utf-8")
    with pytest.raises(SourceError, match="line 2"):
        evaluate_pairs(path)
