"""Canada SEMA consolidated autonomous sanctions list parser: excerpts, real files, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.ca_sema import SOURCE
from listwatch.sources.ca_sema_record import native_id
from listwatch.sources.registry import get_source


@pytest.fixture
def current(fixtures_dir: Path) -> Path:
    return fixtures_dir / "ca_dfatd_sema_sanctions" / "sema_2025-05-25_excerpt.xml"


@pytest.fixture
def older(fixtures_dir: Path) -> Path:
    return fixtures_dir / "ca_dfatd_sema_sanctions" / "sema_2020-04-15_excerpt.xml"


def _by_id(path: Path) -> dict[str, Entity]:
    return {e.native_id: e for e in SOURCE.parse([path])}


def test_registry_and_download() -> None:
    assert get_source("ca_dfatd_sema_sanctions") is SOURCE
    (download,) = SOURCE.downloads
    assert download.filename == "sema-lmes.xml"
    assert download.url.endswith("/sanctions/sema-lmes.xml")


def test_native_id() -> None:
    assert native_id("Russia / Russie", "1, Part 1", "42") == "russia.1-part-1.42"
    assert native_id("Russia / Russie", "1,Part 1", "42") == "russia.1-part-1.42"
    assert native_id("Myanmar (Burma) / Myanmar (Birmanie)", "Part 2", "34") == (
        "myanmar-burma.part-2.34"
    )
    jvcfor = "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / Règlement"
    assert native_id(jvcfor, None, "1") == "jvcfor.1"


def test_current_person_with_dob_and_listing(current: Path) -> None:
    entities = _by_id(current)
    assert len(entities) == 7
    luka = entities["belarus.1-part-1.8"]
    assert luka.id == "ca_dfatd_sema_sanctions:belarus.1-part-1.8"
    assert luka.schema == "Person"
    assert luka.caption == "Aleksandr Grigoryevich Lukashenko"
    assert luka.get("birthDate") == ["1954-08-30"]
    assert luka.get("listingDate") == ["2020-09-28"]
    assert luka.get("program") == ["SEMA Belarus"]
    assert luka.get("country") == ["by"]
    assert luka.get("authority") == [
        "Special Economic Measures (Belarus) Regulations, Schedule 1, Part 1"
    ]
    assert luka.get("lastName") == ["Lukashenko"]


def test_current_vessel_org_and_aliases(current: Path) -> None:
    entities = _by_id(current)
    ship = entities["russia.1-1.1"]
    assert ship.schema == "Vessel"
    assert ship.caption == "Balitiyskiy III"
    assert ship.get("vesselType") == ["General Cargo / Multi Purpose"]
    assert ship.get("buildDate") == ["1980"]
    assert [(i.scheme, i.value) for i in ship.identifiers] == [("imo", "7612448")]
    org = entities["belarus.1-part-2.71"]
    assert org.schema == "Organization"
    assert org.names[1].script == "Cyrl"
    assert org.names[1].value.startswith("Открытое акционерное общество")
    person = entities["belarus.1-part-1.99"]
    assert "Ruslan Chikmetovič MAŠADZEV" in person.names_of("alias")
    assert "Руслан Хикметович МАШАДИЕВ" in person.names_of("alias")
    assert not any(":" in n for n in person.names_of())
    sudan = entities["sudan.part-1.1"]
    assert "Abdul Rahim Dagalo" in sudan.names_of("alias")
    assert "عبدالرحيم دقلو" in sudan.names_of("alias")
    assert sudan.get("notes") == ["Date of birth or build: born in the early 1970s"]
    maduro = entities["jvcfor.1"]
    assert maduro.get("program") == ["JVCFOR"]
    assert maduro.get("listingDate") == ["2017-11-03"]
    assert "country" not in maduro.props


def test_older_schema(older: Path) -> None:
    entities = _by_id(older)
    assert set(entities) == {"burma.1.1", "syria.2.60", "nicaragua.1"}
    air = entities["burma.1.1"]
    assert air.schema == "Organization"
    assert air.names_of("alias") == ["Air Bagan Holdings Pte. Ltd.", "Air Bagan Limited"]
    assert "listingDate" not in air.props
    general = entities["syria.2.60"]
    assert general.get("title") == ["Major General/major-général"]
    assert entities["nicaragua.1"].get("birthDate") == ["1954-11-11"]
    assert SOURCE.published([older]) is None


@pytest.mark.parametrize(
    ("name", "count", "people"),
    [("2025-05-25/cannada.xml", 4759, 3334), ("2020-04-15/sema-lmes.xml", 1369, 985)],
)
def test_real_files(lists_dir: Path, name: str, count: int, people: int) -> None:
    entities = list(SOURCE.parse([lists_dir / "ca_sema" / name]))
    assert len(entities) == count
    assert len({e.id for e in entities}) == count
    assert sum(e.schema == "Person" for e in entities) == people
    assert all(e.names_of("name") and e.get("program") for e in entities)


def test_real_2025_spot_checks(lists_dir: Path) -> None:
    entities = _by_id(lists_dir / "ca_sema/2025-05-25/cannada.xml")
    assert sum(e.schema == "Vessel" for e in entities.values()) == 109
    assert all(e.get("listingDate") for e in entities.values())
    assert entities["belarus.1-part-1.8"].get("birthDate") == ["1954-08-30"]
    assert sum("SEMA Russia" in e.programs for e in entities.values()) == 2426


# -- bad input ---------------------------------------------------------------------------------


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "sema-lmes.xml"
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="empty"):
        list(SOURCE.parse([_write(tmp_path, b"")]))


def test_truncated_file(current: Path, tmp_path: Path) -> None:
    data = current.read_bytes()
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([_write(tmp_path, data[: len(data) - 200])]))
    assert info.value.line is not None and "sema-lmes.xml, line" in str(info.value)


def test_wrong_format(fixtures_dir: Path, tmp_path: Path) -> None:
    un = fixtures_dir / "un_sc_sanctions" / "consolidated_excerpt.xml"
    with pytest.raises(SourceError, match="not a SEMA list"):
        list(SOURCE.parse([un]))
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([_write(tmp_path, b"Country,LastName\nRussia,Ivanov\n")]))
    assert info.value.line == 1


def test_garbled_bytes(current: Path, tmp_path: Path) -> None:
    data = current.read_bytes().replace("Bélarus".encode(), b"B\xe9larus", 1)
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.line == 4


def test_missing_item(current: Path, tmp_path: Path) -> None:
    data = current.read_bytes().replace(b"<Item>8</Item>", b"", 1)
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.field == "Item"
    assert info.value.line == 3


def test_record_without_name(current: Path, tmp_path: Path) -> None:
    data = current.read_bytes().replace(b"<EntityOrShip>Balitiyskiy III</EntityOrShip>", b"")
    with pytest.raises(SourceError, match="no name"):
        list(SOURCE.parse([_write(tmp_path, data)]))


def test_duplicate_record(current: Path, tmp_path: Path) -> None:
    data = current.read_bytes().replace(b"<Item>99</Item>", b"<Item>8</Item>", 1)
    with pytest.raises(SourceError, match=r"duplicate record belarus\.1-part-1\.8") as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.field == "Item"
