"""Comparing two raw names, and measuring the comparator on a labelled pair file.

The pair file is the ``name_pairs.csv`` format: a header row with at least ``a``, ``b``,
``schema``, ``label`` (1 = same, 0 = different) and ``set`` (``category`` optional). This is
what ``listwatch eval`` runs.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Any

from listwatch.errors import SourceError
from listwatch.matching.name_compare import DEFAULT_THRESHOLD, NameMatch, compare_names
from listwatch.text.former_names import split_former_names
from listwatch.text.name_form import prepare_name

__all__ = ["compare", "evaluate_pairs"]

#: Pair-file schemata that are compared as another one.
_SCHEMA_ALIASES = {"": "LegalEntity"}
_REQUIRED = ("a", "b", "label")
_BINS = 10


def compare(a: str, b: str, schema: str = "Person") -> NameMatch:
    """Prepare and compare two names of the same ``schema`` (``a`` is the query); a former
    name written into either (``Wheatland Glory (ex-Pacific Sower)``) is compared too, and the
    best match of any two of their names is returned."""
    current_a, former_a = split_former_names(a)
    current_b, former_b = split_former_names(b)
    matches = (
        compare_names(prepare_name(x, schema), prepare_name(y, schema))
        for x in (current_a, *former_a)
        for y in (current_b, *former_b)
    )
    return max(matches, key=lambda match: match.score)


def _metrics(counts: dict[str, int]) -> dict[str, float | int]:
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": tp + fp + fn + tn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def _histogram(scores: list[tuple[float, int]]) -> list[dict[str, Any]]:
    rows = [
        {"low": k / _BINS, "high": (k + 1) / _BINS, "same": 0, "different": 0} for k in range(_BINS)
    ]
    for score, label in scores:
        row = rows[min(_BINS - 1, int(score * _BINS))]
        row["same" if label else "different"] += 1
    return rows


def evaluate_pairs(path: str | Path, threshold: float = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """Precision, recall and F1 at ``threshold``, overall and per set, with a score histogram.

    Returns ``{"threshold", "overall": {…}, "sets": {set: {…}}, "categories": {…},
    "histogram": [{"low", "high", "same", "different"}, …], "errors": [...]}`` where
    ``errors`` lists the misclassified pairs (id, names, score) for inspection.
    """
    path = Path(path)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    by_category: dict[str, dict[str, int]] = defaultdict(
        lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    )
    scores: list[tuple[float, int]] = []
    errors: list[dict[str, Any]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(f"missing column(s) {', '.join(missing)}", file=path)
        for line, row in enumerate(reader, start=2):
            if row["label"] not in ("0", "1"):
                raise SourceError("label must be 0 or 1", file=path, line=line, field="label")
            schema = row.get("schema") or ""
            schema = _SCHEMA_ALIASES.get(schema, schema)
            label = int(row["label"])
            score = compare(row["a"], row["b"], schema).score
            scores.append((score, label))
            hit = score >= threshold
            kind = ("tp" if label else "fp") if hit else ("fn" if label else "tn")
            name = row.get("set") or "all"
            counts[name][kind] += 1
            counts["__all__"][kind] += 1
            by_category[f"{name}/{row.get('category') or '-'}"][kind] += 1
            if kind in ("fp", "fn"):
                errors.append(
                    {"id": row.get("pair_id", str(line)), "a": row["a"], "b": row["b"],
                     "label": label, "score": round(score, 4)}
                )  # fmt: skip
    overall = counts.pop("__all__", {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    return {
        "threshold": threshold,
        "overall": _metrics(overall),
        "sets": {name: _metrics(c) for name, c in sorted(counts.items())},
        "categories": {name: _metrics(c) for name, c in sorted(by_category.items())},
        "histogram": _histogram(scores),
        "errors": errors,
    }
