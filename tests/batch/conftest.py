"""A small real-name index, a sample of customers, and helpers to write them in every format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from listwatch.batch import FileFormat
from listwatch.index import ScreeningIndex
from listwatch.screening.screener import Screener
from tests.factories import small_index

FIELDS = ("id", "name", "schema", "birth_date", "country", "identifiers")

#: Customers: listed names in several forms and scripts, and ordinary ones.
CUSTOMERS: list[dict[str, str]] = [
    {"id": "c1", "name": "Nicolás Maduro", "birth_date": "1962-11-23", "country": "ve"},
    {"id": "c2", "name": "Maria Garcia"},
    {"id": "c3", "name": "Владимир Путин", "schema": "Person"},
    {"id": "c4", "name": "National Bank of Cuba", "schema": "Organization"},
    {"id": "c5", "name": "Ocean Star 2", "schema": "Vessel", "identifiers": "IMO 9187629"},
    {"id": "c6", "name": "Ayman al-Zawahiri"},
    {"id": "c7", "name": "First National Bank"},
    {"id": "c8", "name": "Cartel de Sinaloa"},
    {"id": "c9", "name": "Juan Garcia Abrego", "country": "mx"},
    {"id": "c10", "name": "Kim Jong Sik"},
    {"id": "c11", "name": "Usama bin Laden"},
    {"id": "c12", "name": "John Smith", "birth_date": "1980-01-01"},
]


def build_index() -> ScreeningIndex:
    return small_index()


@pytest.fixture(scope="session")
def screener() -> Screener:
    return Screener(build_index())


def write_input(path: Path, fmt: FileFormat, records: list[dict[str, str]]) -> Path:
    """``records`` as an input file of format ``fmt`` (all columns of FIELDS)."""
    rows = [{f: r.get(f, "") for f in FIELDS} for r in records]
    if fmt is FileFormat.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    elif fmt is FileFormat.jsonl:
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    else:
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, FIELDS, delimiter="\t" if fmt is FileFormat.tsv else ",")
            writer.writeheader()
            writer.writerows(rows)
    return path


def read_output(path: Path, fmt: FileFormat) -> list[dict[str, object]]:
    """The output rows as dicts with text values (``""`` for empty)."""
    if fmt is FileFormat.parquet:
        import pyarrow.parquet as pq

        records = pq.read_table(path).to_pylist()
    elif fmt is FileFormat.jsonl:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            delimiter = "\t" if fmt is FileFormat.tsv else ","
            records = list(csv.DictReader(fh, delimiter=delimiter))
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in records]
