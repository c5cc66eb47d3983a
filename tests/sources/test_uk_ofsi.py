"""OFSI consolidated list (gb_hmt_sanctions): ConList.csv / ConList.xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity, Identifier
from listwatch.sources.registry import get_source
from listwatch.sources.spreadsheet import read_table
from listwatch.sources.uk_ofsi import SOURCE, UkOfsiSource

FIXTURE = "gb_hmt_sanctions"


def _parse(path: Path) -> dict[str, Entity]:
    return {e.native_id: e for e in SOURCE.parse([path])}


def test_registered() -> None:
    assert isinstance(get_source("gb_hmt_sanctions"), UkOfsiSource)
    assert SOURCE.downloads[0].filename == "ConList.csv"


@pytest.mark.parametrize("name", ["ConList.csv", "ConList.xlsx"])
def test_fixture_groups(fixtures_dir: Path, name: str) -> None:
    path = fixtures_dir / FIXTURE / name
    entities = _parse(path)
    assert sorted(entities) == ["12066", "13312", "13651", "14241", "15672", "8283"]
    assert SOURCE.published([path]) == dt.date(2025, 4, 14)

    haq = entities["15672"]
    assert haq.id == "gb_hmt_sanctions:15672"
    assert haq.schema == "Person"
    assert haq.caption == "Mian Abdul HAQ"
    assert "Mian MITHOO" in haq.names_of("alias")
    assert haq.get("nationality") == ["pk"]
    assert haq.get("gender") == ["male"]
    assert haq.get("program") == ["Global Human Rights"]
    assert haq.get("listingDate")[0] == "2022-12-09"
    assert haq.get("notes")[0].startswith("(UK Sanctions List Ref):GHR0086.")
    assert Identifier("other", "GHR0086", label="UK Sanctions List Ref") in haq.identifiers

    ship = entities["13651"]
    assert ship.schema == "Vessel"
    assert ship.caption == "SAM JONG 2"
    assert Identifier("imo", "7408873") in ship.identifiers
    assert ship.get("flag") == ["kp"]
    assert ship.get("buildDate") == ["1975"]

    company = entities["12066"]
    assert company.schema == "Organization"
    assert [n.script for n in company.names if n.value == "شركة صروح العقارية"] == ["Arab"]

    abakarov = entities["14241"]
    assert abakarov.get("birthDate") == ["1960-06-28"]
    cyrillic = [n for n in abakarov.names if n.script == "Cyrl"]
    assert cyrillic and cyrillic[0].value == "Хизри Магомедович Абакаров"

    assert "AA" in entities["13312"].names_of("weakAlias")
    assert entities["8283"].names_of("previousName") == ["LOGARCHEO AG"]


def test_partial_dob(fixtures_dir: Path, tmp_path: Path) -> None:
    text = (fixtures_dir / FIXTURE / "ConList.csv").read_text(encoding="utf-8")
    text = text.replace("28/06/1960", "00/00/1960")
    path = tmp_path / "ConList.csv"
    path.write_text(text, encoding="utf-8")
    assert _parse(path)["14241"].get("birthDate") == ["1960"]


def _fail(tmp_path: Path, data: bytes, name: str = "ConList.csv") -> SourceError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        list(SOURCE.parse([path]))
    assert name in str(err.value)
    return err.value


def test_empty_file(tmp_path: Path) -> None:
    _fail(tmp_path, b"")
    _fail(tmp_path, b"", "ConList.xlsx")


def test_truncated_files(fixtures_dir: Path, tmp_path: Path) -> None:
    data = (fixtures_dir / FIXTURE / "ConList.csv").read_bytes()
    cut = data[: data.index(b"Global Human Rights") + 5]  # inside the last row read
    err = _fail(tmp_path, cut)
    assert err.line is not None
    xlsx = (fixtures_dir / FIXTURE / "ConList.xlsx").read_bytes()
    _fail(tmp_path, xlsx[: len(xlsx) // 2], "ConList.xlsx")


def test_wrong_format(tmp_path: Path) -> None:
    err = _fail(tmp_path, b'<?xml version="1.0"?>\n<Designations/>\n')
    assert err.field == "Group ID"


def test_garbled_bytes(fixtures_dir: Path, tmp_path: Path) -> None:
    data = (fixtures_dir / FIXTURE / "ConList.csv").read_bytes()
    err = _fail(tmp_path, data.replace(b"Hafizabad", b"Haf\x00zabad", 1))
    assert err.line == 3


def test_wrong_number_of_fields(fixtures_dir: Path, tmp_path: Path) -> None:
    lines = (fixtures_dir / FIXTURE / "ConList.csv").read_bytes().split(b"\n")
    lines[4] = b"ABC,Def,Individual"
    err = _fail(tmp_path, b"\n".join(lines))
    assert err.line == 5


def test_missing_group_id(fixtures_dir: Path, tmp_path: Path) -> None:
    lines = (fixtures_dir / FIXTURE / "ConList.csv").read_bytes().split(b"\n")
    lines[2] = lines[2].rsplit(b",", 1)[0] + b","
    err = _fail(tmp_path, b"\n".join(lines))
    assert (err.line, err.field) == (3, "Group ID")


def test_unknown_group_type(fixtures_dir: Path, tmp_path: Path) -> None:
    data = (fixtures_dir / FIXTURE / "ConList.csv").read_bytes()
    err = _fail(tmp_path, data.replace(b",Individual,", b",Alien,", 1))
    assert (err.line, err.field) == (3, "Group Type")


@pytest.mark.parametrize(
    ("day", "rows", "groups", "people"),
    [("2025-04-14", 18_798, 4_688, 3_663), ("2023-06-05", 16_823, 3_993, 3_231)],
)
def test_real_files(lists_dir: Path, day: str, rows: int, groups: int, people: int) -> None:
    path = lists_dir / "uk_ofsi" / day / "ConList.xlsx"
    entities = _parse(path)
    assert len(entities) == groups
    assert sum(e.schema == "Person" for e in entities.values()) == people
    assert SOURCE.published([path]) == dt.date.fromisoformat(day)
    haq = entities["15672"]
    assert haq.caption == "Mian Abdul HAQ"
    assert entities["13651"].caption == "SAM JONG 2"
    assert sum(1 for _ in read_table(path, ("Group ID",), sheet="Data").rows()) == rows
