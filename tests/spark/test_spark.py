"""Spark in local mode: the same alerts as the local batch engine and ``Screener.screen``."""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from listwatch.batch import BatchOptions, FileFormat, run_batch
from listwatch.config import Settings
from listwatch.screening.screener import Screener
from tests.batch.conftest import CUSTOMERS, build_index, write_input

pyspark = pytest.importorskip("pyspark")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("listwatch tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("index") / "index-test.pickle"
    path.write_bytes(pickle.dumps(build_index()))
    return path


def test_screen_dataframe_matches_the_screener(spark: Any, index_path: Path) -> None:
    from listwatch.spark import screen_dataframe

    rows = [
        {**{k: "" for k in ("schema", "birth_date", "country", "identifiers")}, **c, "row": n}
        for n, c in enumerate(CUSTOMERS, start=1)
    ]
    df = spark.createDataFrame(rows).repartition(3)
    found = screen_dataframe(df, row_column="row", index_path=index_path)
    got = [
        (r["row"], r["id"], r["entity_id"], r["score"], r["explanation"])
        for r in found.orderBy("row", "rank").collect()
    ]

    from listwatch.batch import screen_chunk
    from listwatch.batch.rows import InputRow, row_values

    fields = ("id", "name", "schema", "birth_date", "country", "gender", "identifiers")
    local = screen_chunk(
        Screener(build_index()),
        0,
        [InputRow(int(str(r["row"])), row_values(r, fields)) for r in rows],
    )
    assert got == [(o[0], o[1], o[2], o[4], o[7]) for o in local.output]
    assert len(got) >= 7


def test_engine_spark_writes_what_the_local_engine_writes(
    spark: Any, index_path: Path, tmp_path: Path
) -> None:
    from listwatch.spark import run_batch_spark

    source = write_input(tmp_path / "in.csv", FileFormat.csv, CUSTOMERS * 2)
    with source.open("a", encoding="utf-8") as fh:
        fh.write("bad,,,,,\nshort,row\nx,Jane Doe,,not a date,,\n")
    local = BatchOptions(
        source, tmp_path / "local.csv", FileFormat.csv, FileFormat.csv, chunk_size=5
    )
    run_batch(Screener(build_index()), local)
    remote = BatchOptions(
        source, tmp_path / "spark.csv", FileFormat.csv, FileFormat.csv, chunk_size=5
    )
    summary = run_batch_spark(Settings(home=tmp_path / "home"), remote, index_path=index_path)
    assert remote.output.read_bytes() == local.output.read_bytes()
    assert remote.malformed_path.read_bytes() == local.malformed_path.read_bytes()
    assert (summary.rows, summary.malformed) == (len(CUSTOMERS) * 2 + 3, 3)
