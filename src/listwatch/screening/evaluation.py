"""The evaluation harness for labelled screening queries (the format of ``data/eval``).

For each ``list`` value of the queries (``<dataset>@<date>`` or ``any``) it imports the named
official files into an evaluation store, builds the index, screens every query and counts:
recall (every expected id returned at or above the threshold), whether the expected id ranked
first, false alerts per 1,000 queries that expect none, and result-level precision — overall,
per set and per category.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from listwatch.errors import ListwatchError, SourceError
from listwatch.index.cache import load_index
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener
from listwatch.store import PublicationInfo, Store, import_files

__all__ = ["DATASET_FOLDERS", "EvalQuery", "evaluate_queries", "read_queries"]

#: dataset → folder under ``data/lists``.
DATASET_FOLDERS = {
    "us_ofac_sdn": "ofac_sdn",
    "us_ofac_cons": "ofac_cons",
    "un_sc_sanctions": "un_sc",
    "gb_hmt_sanctions": "uk_ofsi",
    "gb_fcdo_sanctions": "uk_fcdo",
    "ca_dfatd_sema_sanctions": "ca_sema",
    "au_dfat_sanctions": "au_dfat",
    "us_trade_csl": "us_csl",
    "us_bis_denied": "us_bis_dpl",
}


@dataclass(frozen=True, slots=True)
class EvalQuery:
    query_id: str
    name: str
    schema: str
    birth_date: str
    country: str
    expected: tuple[str, ...]
    list: str
    set: str
    category: str


def read_queries(path: Path) -> list[EvalQuery]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        out = []
        for line, row in enumerate(reader, start=2):
            try:
                out.append(
                    EvalQuery(
                        row["query_id"],
                        row["name"],
                        row["schema"],
                        row["birth_date"],
                        row["country"],
                        tuple(e for e in row["expected"].split(";") if e),
                        row["list"],
                        row["set"],
                        row["category"],
                    )
                )
            except KeyError as exc:
                raise SourceError("missing column", file=path, line=line, field=str(exc)) from exc
    return out


def _publication_dirs(lists_dir: Path, spec: str) -> list[tuple[str, Path]]:
    if spec != "any":
        dataset, _, day = spec.partition("@")
        folder = DATASET_FOLDERS.get(dataset)
        if folder is None:
            raise SourceError(f"unknown dataset in list {spec!r}")
        return [(dataset, lists_dir / folder / day)]
    return [
        (dataset, day_dir)
        for dataset, folder in DATASET_FOLDERS.items()
        for day_dir in sorted((lists_dir / folder).glob("????-??-??"))
    ]


def prepare_publications(
    store: Store, lists_dir: Path, spec: str, notes: list[str]
) -> list[PublicationInfo]:
    """Import (once) the publications a ``list`` value names; files that do not form a
    publication on their own (an alias file without its primary file) are noted and skipped."""
    pubs = []
    for dataset, day_dir in _publication_dirs(lists_dir, spec):
        files = sorted(p for p in day_dir.iterdir() if p.is_file())
        try:
            pubs.append(
                import_files(
                    store,
                    dataset,
                    files,
                    published=date.fromisoformat(day_dir.name),
                    source=str(day_dir),
                )
            )
        except ListwatchError as exc:
            if spec != "any":
                raise
            notes.append(f"{dataset}@{day_dir.name} skipped: {exc}")
    return pubs


@dataclass(slots=True)
class Tally:
    positives: int = 0
    found: int = 0
    first: int = 0
    negatives: int = 0
    false_alerts: int = 0
    returned: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, query: EvalQuery, returned: list[str]) -> None:
        self.returned += len(returned)
        self.correct += sum(1 for r in returned if r in query.expected)
        if query.expected:
            self.positives += 1
            if all(e in returned for e in query.expected):
                self.found += 1
            else:
                self.misses.append(query.query_id)
            if returned and returned[0] in query.expected:
                self.first += 1
        else:
            self.negatives += 1
            if returned:
                self.false_alerts += 1
                self.misses.append(query.query_id)

    def to_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "positives": self.positives,
            "recall": ratio(self.found, self.positives),
            "ranked_first": ratio(self.first, self.positives),
            "negatives": self.negatives,
            "false_alerts": self.false_alerts,
            "alerts_per_1000": round(1000 * self.false_alerts / self.negatives, 3)
            if self.negatives
            else None,
            "precision": ratio(self.correct, self.returned),
        }


def evaluate_queries(
    queries: Iterable[EvalQuery],
    store: Store,
    lists_dir: Path,
    cache_dir: Path | None,
    *,
    threshold: float | None = None,
    use_evidence: bool = True,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    by_list: dict[str, list[EvalQuery]] = defaultdict(list)
    for query in queries:
        by_list[query.list].append(query)
    notes: list[str] = []
    overall = Tally()
    by_set: dict[str, Tally] = defaultdict(Tally)
    by_category: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for spec, items in sorted(by_list.items()):
        pubs = prepare_publications(store, lists_dir, spec, notes)
        screener = Screener(load_index(store, pubs, cache_dir))
        for query in items:
            q = make_query(
                query.name,
                schema=query.schema or None,
                birth_date=query.birth_date if use_evidence else None,
                country=query.country if use_evidence else None,
            )
            returned = [r.entity_id for r in screener.screen(q, threshold=threshold, limit=25)]
            for tally in (overall, by_set[query.set], by_category[(query.set, query.category)]):
                tally.add(query, returned)
            if progress:
                progress(1)
    return {
        "mode": "name + birth date + country" if use_evidence else "name only",
        "threshold": threshold,
        "overall": overall.to_dict(),
        "sets": {name: t.to_dict() for name, t in sorted(by_set.items())},
        "categories": {f"{s}/{c}": t.to_dict() for (s, c), t in sorted(by_category.items())},
        "misses": {name: t.misses[:50] for name, t in sorted(by_set.items())},
        "notes": notes,
    }
