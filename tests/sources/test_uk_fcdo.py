"""FCDO UK Sanctions List (gb_fcdo_sanctions): XML, full CSV and the summary ODS export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity, Identifier
from listwatch.sources.registry import get_source
from listwatch.sources.uk_fcdo import SOURCE, UkFcdoSource

FIXTURE = "gb_fcdo_sanctions"
ODS = "FCDO_SL_Mon_Aug 11 2025.ods"


def _parse(path: Path) -> dict[str, Entity]:
    return {e.native_id: e for e in SOURCE.parse([path])}


def test_registered() -> None:
    assert isinstance(get_source("gb_fcdo_sanctions"), UkFcdoSource)
    assert SOURCE.downloads[0].filename == "UK-Sanctions-List.xml"


@pytest.mark.parametrize("name", ["UK-Sanctions-List.xml", "UK-Sanctions-List.csv"])
def test_full_formats(fixtures_dir: Path, name: str) -> None:
    path = fixtures_dir / FIXTURE / name
    entities = _parse(path)
    assert list(entities) == ["AFG0001", "GHR0086", "DPR0100"]
    assert SOURCE.published([path]) == dt.date(2025, 8, 11)

    afg = entities["AFG0001"]
    assert afg.id == "gb_fcdo_sanctions:AFG0001"
    assert afg.schema == "Organization"
    assert afg.caption == "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE"
    assert set(afg.names_of("alias")) == {"HAJI ALIM HAWALA", "حاجی خيرالله و حاجی ستار صرافی"}
    assert afg.names_of("weakAlias") == ["HAJI KHAIRULLAH HAJI SATTAR HAWALA"]
    assert [n.script for n in afg.names if n.value.startswith("حاجی")] == ["Arab"]
    assert len(afg.addresses) == 2 and afg.get("country") == ["af"]
    assert afg.get("program") == ["The Afghanistan (Sanctions) (EU Exit) Regulations 2020"]
    assert afg.get("authority") == ["UN"]
    assert afg.get("listingDate") == ["2012-06-29"]
    assert Identifier("other", "TAe.010", label="UN Reference Number") in afg.identifiers
    assert Identifier("other", "12703", label="OFSI Group ID") in afg.identifiers
    assert {i.value for i in afg.identifiers if i.scheme == "phone"} == {
        "+93-202-103386",
        "+93-202-101714",
    }

    haq = entities["GHR0086"]
    assert haq.schema == "Person"
    assert haq.caption == "Mian Abdul HAQ"
    assert haq.get("lastName") == ["HAQ"]
    assert "Mian MITHOO" in haq.names_of("alias")
    assert haq.get("birthDate")[0] == "1962"
    assert haq.get("nationality") == ["pk"]
    assert haq.get("gender") == ["male"]

    ship = entities["DPR0100"]
    assert ship.schema == "Vessel"
    assert ship.names_of("alias") == ["RAINBOW CHASER"]
    assert [i.value for i in ship.identifiers if i.scheme == "imo"] == ["7408873"]
    assert ship.get("flag") == ["kp"]
    assert ship.get("owner") == ["Korea Samjong Shipping"]


def test_xml_extras(fixtures_dir: Path) -> None:
    haq = _parse(fixtures_dir / FIXTURE / "UK-Sanctions-List.xml")["GHR0086"]
    assert haq.get("birthDate") == ["1962", "1963-05"]
    assert Identifier("passport", "AB1234561", label="Pakistan passport") in haq.identifiers


def test_summary_ods_fixture(fixtures_dir: Path) -> None:
    path = fixtures_dir / FIXTURE / ODS
    entities = _parse(path)
    assert sorted(entities) == ["AFG0001", "AFG0003", "DPR0100", "GHR0086", "SYR0328", "YEM0018"]
    assert SOURCE.published([path]) == dt.date(2025, 8, 11)
    yem = entities["YEM0018"]
    assert yem.schema == "Person"
    assert yem.caption == "Al-HOUTHI Ali Hussein Badr Al Din"
    assert yem.get("listingDate") == ["2024-02-27"]
    assert yem.get("authority") == ["UK"]
    assert yem.get("program") == ["Yemen"]
    assert entities["DPR0100"].schema == "Vessel"


def _fail(tmp_path: Path, data: bytes, name: str = "UK-Sanctions-List.xml") -> SourceError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        list(SOURCE.parse([path]))
    assert name in str(err.value)
    return err.value


@pytest.mark.parametrize("name", ["UK-Sanctions-List.xml", "UK-Sanctions-List.csv", ODS])
def test_empty(tmp_path: Path, name: str) -> None:
    _fail(tmp_path, b"", name)


def test_truncated(fixtures_dir: Path, tmp_path: Path) -> None:
    for name in ("UK-Sanctions-List.xml", "UK-Sanctions-List.csv", ODS):
        data = (fixtures_dir / FIXTURE / name).read_bytes()
        _fail(tmp_path, data[: len(data) // 2], name)
    xml = (fixtures_dir / FIXTURE / "UK-Sanctions-List.xml").read_bytes()
    assert _fail(tmp_path, xml[: len(xml) // 2]).line is not None


def test_wrong_format(fixtures_dir: Path, tmp_path: Path) -> None:
    err = _fail(tmp_path, b"Unique,Name\n1,x\n", "UK-Sanctions-List.csv")
    assert err.field == "Unique ID"
    err = _fail(tmp_path, b'<?xml version="1.0"?>\n<CONSOLIDATED_LIST/>\n')
    assert err.line == 2
    conlist = (fixtures_dir / "gb_hmt_sanctions" / "ConList.csv").read_bytes()
    _fail(tmp_path, conlist, "UK-Sanctions-List.csv")


def test_garbled_bytes(fixtures_dir: Path, tmp_path: Path) -> None:
    data = (fixtures_dir / FIXTURE / "UK-Sanctions-List.csv").read_bytes()
    err = _fail(tmp_path, data.replace(b"HAQ", b"H\xff\x00Q", 1), "UK-Sanctions-List.csv")
    assert err.line == 7
    xml = (fixtures_dir / FIXTURE / "UK-Sanctions-List.xml").read_bytes()
    assert _fail(tmp_path, xml.replace(b"HAQ", b"H\xff\xfeQ", 1)).line is not None


def test_wrong_number_of_fields(fixtures_dir: Path, tmp_path: Path) -> None:
    lines = (fixtures_dir / FIXTURE / "UK-Sanctions-List.csv").read_bytes().split(b"\n")
    lines[3] = b"11/02/2022,AFG0001,12703"
    err = _fail(tmp_path, b"\n".join(lines), "UK-Sanctions-List.csv")
    assert err.line == 4


def test_missing_id(fixtures_dir: Path, tmp_path: Path) -> None:
    data = (fixtures_dir / FIXTURE / "UK-Sanctions-List.csv").read_bytes()
    err = _fail(tmp_path, data.replace(b",DPR0100,", b",,", 1), "UK-Sanctions-List.csv")
    assert (err.line, err.field) == (10, "Unique ID")
    xml = (fixtures_dir / FIXTURE / "UK-Sanctions-List.xml").read_bytes()
    err = _fail(tmp_path, xml.replace(b"<UniqueID>DPR0100</UniqueID>", b"", 1))
    assert err.field == "UniqueID" and err.line is not None


def test_unknown_type(fixtures_dir: Path, tmp_path: Path) -> None:
    xml = (fixtures_dir / FIXTURE / "UK-Sanctions-List.xml").read_bytes()
    err = _fail(tmp_path, xml.replace(b">Ship<", b">Aircraft<", 1))
    assert err.field == "IndividualEntityShip"


def test_real_summary_export(lists_dir: Path) -> None:
    path = lists_dir / "uk_fcdo" / "2025-08-11" / ODS
    entities = _parse(path)
    assert len(entities) == 5_302
    schemata = [e.schema for e in entities.values()]
    assert (schemata.count("Person"), schemata.count("Organization"), schemata.count("Vessel")) == (
        3_754,
        1_087,
        461,
    )
    assert SOURCE.published([path]) == dt.date(2025, 8, 11)
    afg = entities["AFG0003"]
    assert afg.caption == "HAQQANI NETWORK (HQN)"
    assert afg.get("listingDate") == ["2012-11-05"]
    assert max(d for e in entities.values() for d in e.get("listingDate")) == "2025-07-23"
