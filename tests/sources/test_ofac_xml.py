"""OFAC sdnList XML (CONSOLIDATED.XML) and enhanced XML (CONS_ENHANCED.ZIP) parsers."""

from __future__ import annotations

import gzip
import zipfile
from datetime import date
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity, Identifier, Link
from listwatch.sources.ofac_enhanced import parse_ofac_enhanced, published_ofac_enhanced
from listwatch.sources.ofac_xml import parse_ofac_xml, published_ofac_xml

DS = "us_ofac_cons"


@pytest.fixture
def xml_fixture(fixtures_dir: Path) -> Path:
    return fixtures_dir / "us_ofac_cons" / "consolidated.xml"


@pytest.fixture
def enhanced_fixture(fixtures_dir: Path) -> Path:
    return fixtures_dir / "us_ofac_cons" / "cons_enhanced.xml"


def _by_id(entities: list[Entity]) -> dict[str, Entity]:
    return {e.native_id: e for e in entities}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- sdnList XML: the committed excerpt ------------------------------------------------------


def test_sdnlist_excerpt_entries(xml_fixture: Path) -> None:
    entries = _by_id(list(parse_ofac_xml(xml_fixture, DS)))
    assert sorted(entries) == ["17014", "18281", "18726", "26182", "34736", "50476", "9647"]
    assert published_ofac_xml(xml_fixture) == date(2025, 3, 28)


def test_sdnlist_person(xml_fixture: Path) -> None:
    e = _by_id(list(parse_ofac_xml(xml_fixture, DS)))["9647"]
    assert e.id == "us_ofac_cons:9647"
    assert e.schema == "Person"
    assert e.caption == "ZAHHAR, Mahmoud Khaled"
    assert ("AL ZAHAR, Mahmoud Khaled", "alias") in [(n.value, n.kind) for n in e.names]
    assert e.names_of("weakAlias") == ["ZAHAR, Mahmoud", "AL-ZAHAR, Mahmoud"]
    assert e.programs == ["NS-PLC", "SDGT"]
    assert e.get("birthDate") == ["1945"]
    assert e.get("birthPlace") == ["Gaza Strip"]
    assert e.get("nationality") == ["ps"]
    assert e.get("gender") == ["male"]
    assert e.get("lastName") == ["ZAHHAR"]
    assert e.get("notes") == ["(Linked To: HAMAS)"]
    assert e.links == [Link("linkedTo", "HAMAS")]
    assert e.addresses[0].region == "Gaza"
    assert e.addresses[0].country == "ps"


def test_sdnlist_identifiers_and_company(xml_fixture: Path) -> None:
    entries = _by_id(list(parse_ofac_xml(xml_fixture, DS)))
    bank = entries["17014"]
    assert bank.schema == "Organization"
    assert bank.caption == "JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK"
    assert "ROSSELKHOZBANK" in bank.names_of("alias")
    assert bank.programs == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    schemes = {i.scheme for i in bank.identifiers}
    assert {"swiftBic", "registration", "website"} <= schemes
    assert bank.get("country") == ["ru"]
    renamed = entries["18281"]
    assert set(renamed.names_of("previousName")) == {"LLC RESAD", "RESAD LLC"}
    person = entries["26182"]
    assert Identifier("passport", "U00242309", "tr", "Passport") in person.identifiers
    assert person.get("citizenship") == ["tr"]
    martelly = entries["50476"]
    assert martelly.get("birthDate") == ["1961-02-12"]
    assert "Sweet Micky" in martelly.names_of("weakAlias")
    assert {a.country for a in martelly.addresses} == {"us", "ht", "do"}


def test_sdnlist_sanctions_information(xml_fixture: Path) -> None:
    rzd = _by_id(list(parse_ofac_xml(xml_fixture, DS)))["34736"]
    assert rzd.get("listingDate") == ["2022-02-24"]
    assert rzd.get("incorporationDate") == ["2003-09-18"]
    assert "Listing Date (EO 14024 Directive 3): 24 Feb 2022" in rzd.get("notes")
    assert all(i.scheme != "other" or i.label != "Target Type" for i in rzd.identifiers)


def test_sdnlist_gzip(tmp_path: Path, xml_fixture: Path) -> None:
    path = _write(tmp_path, "consolidated.xml.gz", gzip.compress(xml_fixture.read_bytes()))
    assert len(list(parse_ofac_xml(path, DS))) == 7
    assert published_ofac_xml(path) == date(2025, 3, 28)


# -- sdnList XML: bad input --------------------------------------------------------------------


def test_sdnlist_empty(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="empty") as info:
        list(parse_ofac_xml(_write(tmp_path, "consolidated.xml", b""), DS))
    assert info.value.file is not None and info.value.file.endswith("consolidated.xml")


def test_sdnlist_truncated(tmp_path: Path, xml_fixture: Path) -> None:
    data = xml_fixture.read_bytes()
    path = _write(tmp_path, "consolidated.xml", data[: len(data) // 2])
    with pytest.raises(SourceError, match="truncated") as info:
        list(parse_ofac_xml(path, DS))
    assert info.value.line is not None and info.value.line > 100
    assert "line" in str(info.value)


def test_sdnlist_given_csv(tmp_path: Path, fixtures_dir: Path) -> None:
    csv = fixtures_dir / "us_ofac_cons" / "cons_prim.csv"
    path = _write(tmp_path, "consolidated.xml", csv.read_bytes())
    with pytest.raises(SourceError) as info:
        list(parse_ofac_xml(path, DS))
    assert info.value.line == 1


def test_sdnlist_given_other_xml(enhanced_fixture: Path) -> None:
    with pytest.raises(SourceError, match="not an OFAC sdnList") as info:
        list(parse_ofac_xml(enhanced_fixture, DS))
    assert info.value.line == 2


def test_sdnlist_garbled(tmp_path: Path, xml_fixture: Path) -> None:
    data = (
        xml_fixture.read_bytes()
        .replace(b"HANIYA", b"HAN\xff\xfeYA")
        .replace(b"ZAHHAR", b"ZA\xc3\x28AR")
    )
    with pytest.raises(SourceError) as info:
        list(parse_ofac_xml(_write(tmp_path, "consolidated.xml", data), DS))
    assert info.value.line is not None


def test_sdnlist_missing_uid(tmp_path: Path, xml_fixture: Path) -> None:
    data = xml_fixture.read_bytes().replace(b"<uid>18726</uid>", b"", 1)
    with pytest.raises(SourceError) as info:
        list(parse_ofac_xml(_write(tmp_path, "consolidated.xml", data), DS))
    assert info.value.field == "uid"
    assert info.value.line is not None


def test_sdnlist_unknown_type_and_missing_name(tmp_path: Path, xml_fixture: Path) -> None:
    data = xml_fixture.read_bytes()
    bad_type = data.replace(b"<sdnType>Individual</sdnType>", b"<sdnType>Robot</sdnType>", 1)
    with pytest.raises(SourceError) as info:
        list(parse_ofac_xml(_write(tmp_path, "a.xml", bad_type), DS))
    assert info.value.field == "sdnType"
    no_name = data.replace(b"<lastName>ZAHHAR</lastName>", b"", 1)
    no_name = no_name.replace(b"<firstName>Mahmoud Khaled</firstName>", b"", 1)
    with pytest.raises(SourceError) as info:
        list(parse_ofac_xml(_write(tmp_path, "b.xml", no_name), DS))
    assert info.value.field == "lastName"


def test_sdnlist_record_count_mismatch(tmp_path: Path, xml_fixture: Path) -> None:
    data = xml_fixture.read_bytes().replace(b"<Record_Count>7<", b"<Record_Count>8<")
    with pytest.raises(SourceError, match="Record_Count"):
        list(parse_ofac_xml(_write(tmp_path, "consolidated.xml", data), DS))


def test_sdnlist_bad_id_row(tmp_path: Path, xml_fixture: Path) -> None:
    data = xml_fixture.read_bytes().replace(b"<idNumber>U00242309</idNumber>", b"", 1)
    with pytest.raises(SourceError) as info:
        list(parse_ofac_xml(_write(tmp_path, "consolidated.xml", data), DS))
    assert info.value.field == "idNumber"


# -- enhanced XML: the committed excerpt -------------------------------------------------------


def test_enhanced_excerpt(enhanced_fixture: Path) -> None:
    entries = _by_id(list(parse_ofac_enhanced(enhanced_fixture, DS)))
    assert sorted(entries) == ["18281", "26182", "9647"]
    assert published_ofac_enhanced(enhanced_fixture) == date(2025, 1, 10)
    person = entries["9647"]
    assert person.schema == "Person"
    assert person.caption == "ZAHHAR, Mahmoud Khaled"
    assert person.names_of("weakAlias") == ["ZAHAR, Mahmoud", "AL-ZAHAR, Mahmoud"]
    assert person.get("nationality") == ["ps"]
    assert person.get("birthDate") == ["1945"]
    assert person.get("authority")
    company = entries["18281"]
    assert company.schema == "Organization"
    assert company.caption == "LLC INFRASTRUCTURE MOLZHANINOVO"
    assert [n.script for n in company.names if n.script] and all(
        n.script == "Cyrl" for n in company.names if n.script
    )
    assert set(company.names_of("previousName")) >= {"LLC RESAD", "RESAD LLC"}
    assert company.links and company.links[0].relation == "Owned or Controlled By"
    assert company.get("listingDate")
    passport = entries["26182"].identifiers
    assert any(i.scheme == "passport" and i.value == "U00242309" for i in passport)


def test_enhanced_zip_and_gzip(tmp_path: Path, enhanced_fixture: Path) -> None:
    zipped = tmp_path / "CONS_ENHANCED.ZIP"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(enhanced_fixture, "CONS_ENHANCED.XML")
    assert len(list(parse_ofac_enhanced(zipped, DS))) == 3
    assert published_ofac_enhanced(zipped) == date(2025, 1, 10)
    snapshot = _write(tmp_path, "CONS_ENHANCED.ZIP.gz", gzip.compress(zipped.read_bytes()))
    assert len(list(parse_ofac_enhanced(snapshot, DS))) == 3


def test_enhanced_bad_input(tmp_path: Path, enhanced_fixture: Path, xml_fixture: Path) -> None:
    with pytest.raises(SourceError, match="empty"):
        list(parse_ofac_enhanced(_write(tmp_path, "e.zip", b""), DS))
    data = enhanced_fixture.read_bytes()
    with pytest.raises(SourceError, match="truncated") as info:
        list(parse_ofac_enhanced(_write(tmp_path, "t.xml", data[: len(data) // 2]), DS))
    assert info.value.line is not None
    with pytest.raises(SourceError, match="not an OFAC enhanced"):
        list(parse_ofac_enhanced(xml_fixture, DS))
    with pytest.raises(SourceError) as info:
        list(parse_ofac_enhanced(_write(tmp_path, "c.xml", b"9647,a,b\n"), DS))
    assert info.value.line == 1
    with pytest.raises(SourceError, match="zip"):
        list(parse_ofac_enhanced(_write(tmp_path, "g.zip.gz", gzip.compress(b"PK\x03\x04xx")), DS))
    garbled = data.replace(b"ZAHHAR", b"ZA\xff\xfeAR")
    with pytest.raises(SourceError) as info:
        list(parse_ofac_enhanced(_write(tmp_path, "g.xml", garbled), DS))
    assert info.value.line is not None
    no_id = data.replace(b'<entity id="9647">', b"<entity>", 1)
    with pytest.raises(SourceError) as info:
        list(parse_ofac_enhanced(_write(tmp_path, "i.xml", no_id), DS))
    assert info.value.field == "id"
    assert info.value.line is not None
    no_number = data.replace(b"<documentNumber>U00242309</documentNumber>", b"", 1)
    with pytest.raises(SourceError) as info:
        list(parse_ofac_enhanced(_write(tmp_path, "n.xml", no_number), DS))
    assert info.value.field == "documentNumber"


# -- the real files ------------------------------------------------------------------------------


def test_real_consolidated_xml(lists_dir: Path) -> None:
    path = lists_dir / "ofac_cons" / "2025-03-28" / "consolidated.xml"
    entries = _by_id(list(parse_ofac_xml(path, DS)))
    assert len(entries) == 443
    assert published_ofac_xml(path) == date(2025, 3, 28)
    schemas = [e.schema for e in entries.values()]
    assert schemas.count("Person") == 80
    assert schemas.count("Organization") == 363
    haniya = entries["9639"]
    assert haniya.caption == "HANIYA, Ismail Abdul Salah"
    assert haniya.names_of("alias") == ["HANIYA, Ismail", "HANIYYA, Ismaeel"]
    assert haniya.get("birthDate") == ["1962"]
    assert entries["23552"].caption == "LENGIPRONEFTEKHIM OOO"
    assert Identifier("taxId", "7810327462", "ru", "Tax ID No.") in entries["23552"].identifiers
    assert all(e.names and e.programs for e in entries.values())


def test_real_enhanced_zip(lists_dir: Path) -> None:
    path = lists_dir / "ofac_cons" / "2025-01-10" / "CONS_ENHANCED.ZIP"
    entries = _by_id(list(parse_ofac_enhanced(path, DS)))
    assert len(entries) == 443
    assert published_ofac_enhanced(path) == date(2025, 1, 10)
    assert entries["9639"].caption == "HANIYA, Ismail Abdul Salah"
    rzd = entries["34736"]
    assert "ОАО РЖД" in rzd.names_of("weakAlias")
    assert sum(1 for e in entries.values() for n in e.names if n.script == "Cyrl") == 39


def test_same_ids_and_names_across_xml_formats(lists_dir: Path) -> None:
    """The enhanced XML of 2025-01-10 and the sdnList XML of 2025-03-28 agree entry by entry."""
    cons = lists_dir / "ofac_cons"
    xml = _by_id(list(parse_ofac_xml(cons / "2025-03-28" / "consolidated.xml", DS)))
    enhanced = _by_id(list(parse_ofac_enhanced(cons / "2025-01-10" / "CONS_ENHANCED.ZIP", DS)))
    assert set(xml) == set(enhanced)
    for uid, entry in enhanced.items():
        other = xml[uid]
        assert (entry.schema, entry.caption) == (other.schema, other.caption)
        latin = {(n.value, n.kind) for n in entry.names if n.script is None}
        assert latin == {(n.value, n.kind) for n in other.names}
        assert {(i.scheme, i.value) for i in entry.identifiers} == {
            (i.scheme, i.value) for i in other.identifiers
        }
