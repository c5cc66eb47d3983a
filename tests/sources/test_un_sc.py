"""UN Security Council Consolidated List parser: real excerpt, full real files, bad input."""

from __future__ import annotations

import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.sources.registry import get_source
from listwatch.sources.un_sc import SOURCE

REAL = [
    ("2026-02-27/UN_consolidated.xml", 730, 273, date(2026, 2, 27)),
    ("2025-04-19/UN.xml", 684, 193, date(2025, 4, 19)),
    ("2024-11-30/consolidated.xml", 686, 193, date(2024, 11, 30)),
    ("2020-03-20/consolidated.xml", 709, 305, date(2020, 3, 20)),
]


@pytest.fixture
def excerpt(fixtures_dir: Path) -> Path:
    return fixtures_dir / "un_sc_sanctions" / "consolidated_excerpt.xml"


def test_registry_and_download() -> None:
    assert get_source("un_sc_sanctions") is SOURCE
    assert SOURCE.downloads[0].url == "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
    assert SOURCE.downloads[0].filename == "consolidated.xml"


def test_excerpt_person_qdi001(excerpt: Path) -> None:
    entities = {e.native_id: e for e in SOURCE.parse([excerpt])}
    assert set(entities) == {"QDi.001", "KPi.066", "CDi.021", "CDe.001"}
    e = entities["QDi.001"]
    assert e.id == "un_sc_sanctions:QDi.001"
    assert e.schema == "Person"
    assert e.caption == "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE"
    arabic = [n for n in e.names if n.script == "Arab"]
    assert [n.value for n in arabic] == ["محمد صلاح الدين عبدالحليم زيدان"]
    assert e.names_of("alias") == ["Sayf-Al Adl", "Muhamad Ibrahim Makkawi"]
    assert e.names_of("weakAlias") == ["Ibrahim al-Madani", "Saif Al-'Adil", "Seif al Adel"]
    assert e.get("birthDate") == ["1963-04-11", "1960-04-11"]
    assert e.get("nationality") == ["eg"]
    assert e.get("program") == ["Al-Qaida"]
    assert e.get("authority") == ["UN Security Council"]
    assert e.get("listingDate") == ["2001-01-25"]
    assert e.get("modifiedDate") == ["2022-11-08"]
    assert e.get("birthPlace") == ["Monufia Governate, Egypt"]
    assert e.get("notes")[0].startswith("Responsible for Usama bin Laden’s (deceased) security.")


def test_excerpt_range_document_and_entity(excerpt: Path) -> None:
    entities = {e.native_id: e for e in SOURCE.parse([excerpt])}
    kim = entities["KPi.066"]
    assert kim.get("birthDate") == ["1967/1969"]
    assert kim.get("nationality") == ["kp"]
    assert kim.get("program") == ["DPRK"]
    assert kim.get("position")[0].startswith("A leading official guiding the DPRK’s WMD")
    assert "modifiedDate" not in kim.props
    ngabu = entities["CDi.021"]
    assert ngabu.get("gender") == ["male"]
    (passport,) = ngabu.identifiers
    assert (passport.scheme, passport.value, passport.country) == ("passport", "OB 0243318", "cd")
    adf = entities["CDe.001"]
    assert adf.schema == "Organization"
    assert adf.caption == "ADF"
    assert adf.names_of("alias") == ["Allied Democratic Forces"]
    assert "NALU" in adf.names_of("previousName")
    assert adf.addresses[0].full == "North Kivu, Democratic Republic of the Congo"
    assert adf.addresses[0].country == "cd"
    assert adf.get("program") == ["DRC"]


def test_published(excerpt: Path) -> None:
    assert SOURCE.published([excerpt]) == date(2026, 2, 27)


def test_gzip_copy_parses(excerpt: Path, tmp_path: Path) -> None:
    target = tmp_path / "consolidated.xml.gz"
    with excerpt.open("rb") as src, gzip.open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    assert len(list(SOURCE.parse([target]))) == 4
    assert SOURCE.published([target]) == date(2026, 2, 27)


@pytest.mark.parametrize(("name", "people", "orgs", "published"), REAL)
def test_real_files(lists_dir: Path, name: str, people: int, orgs: int, published: date) -> None:
    path = lists_dir / "un_sc" / name
    entities = list(SOURCE.parse([path]))
    assert sum(e.schema == "Person" for e in entities) == people
    assert sum(e.schema == "Organization" for e in entities) == orgs
    assert len({e.id for e in entities}) == people + orgs
    assert all(e.names_of("name") and e.get("program") for e in entities)
    assert SOURCE.published([path]) == published


def test_real_2026_spot_checks(lists_dir: Path) -> None:
    entities = {
        e.native_id: e for e in SOURCE.parse([lists_dir / "un_sc/2026-02-27/UN_consolidated.xml"])
    }
    assert entities["QDi.001"].get("birthDate") == ["1963-04-11", "1960-04-11"]
    taliban = entities["TAi.005"]
    assert taliban.get("title") == ["Mullah"]
    assert "Haji Mudir" in taliban.names_of("weakAlias")
    assert not any(e.get("program") == ["Maduro"] for e in entities.values())


# -- bad input ---------------------------------------------------------------------------------


def _write(tmp_path: Path, data: bytes, name: str = "consolidated.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="empty") as info:
        list(SOURCE.parse([_write(tmp_path, b"")]))
    assert info.value.file and info.value.file.endswith("consolidated.xml")


def test_truncated_file(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes()
    path = _write(tmp_path, data[: len(data) // 2])
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([path]))
    assert info.value.line is not None and info.value.line > 1
    assert "consolidated.xml, line" in str(info.value)


def test_wrong_format_csv(tmp_path: Path) -> None:
    path = _write(tmp_path, b'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\n')
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([path]))
    assert info.value.line == 1


def test_wrong_format_other_xml(fixtures_dir: Path) -> None:
    path = fixtures_dir / "ca_dfatd_sema_sanctions" / "sema_2020-04-15_excerpt.xml"
    with pytest.raises(SourceError, match="not a UN consolidated list") as info:
        list(SOURCE.parse([path]))
    assert info.value.line == 2


def test_garbled_bytes(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes().replace("محمد".encode(), b"\xff\xfe\xfd", 1)
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.line is not None


def test_missing_reference_number(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes().replace(b"<REFERENCE_NUMBER>KPi.066</REFERENCE_NUMBER>", b"")
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.field == "REFERENCE_NUMBER"
    assert info.value.line is not None and info.value.line > 3


def test_missing_name(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes().replace(b"<FIRST_NAME>ADF</FIRST_NAME>", b"<FIRST_NAME/>")
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.field == "FIRST_NAME"


def test_unknown_alias_quality(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes().replace(b"<QUALITY>Low</QUALITY>", b"<QUALITY>Medium</QUALITY>", 1)
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.field == "QUALITY"


def test_no_entries(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        b'<CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS/></CONSOLIDATED_LIST>',
    )
    with pytest.raises(SourceError, match="no ENTITY or INDIVIDUAL"):
        list(SOURCE.parse([path]))
