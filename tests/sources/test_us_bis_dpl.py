"""BIS Denied Persons List: derived ids, merging, person heuristic, the real file, failures."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.delimited import read_rows
from listwatch.sources.registry import get_source
from listwatch.sources.us_bis_dpl import _REQUIRED, SOURCE, is_person, native_id

DPL = Path("us_bis_dpl/2023-11-30/dpl.txt")


@pytest.fixture
def excerpt(fixtures_dir: Path) -> Path:
    return fixtures_dir / "us_bis_denied" / "dpl.txt"


def _by_caption(path: Path) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = {}
    for entity in SOURCE.parse([path]):
        out.setdefault(entity.caption, []).append(entity)
    return out


def test_registry_and_metadata() -> None:
    assert get_source("us_bis_denied") is SOURCE
    assert SOURCE.downloads[0].filename == "dpl.txt"
    assert SOURCE.published([]) is None


def test_native_id_is_stable_and_normalised() -> None:
    first = native_id("ZIMO SHENG", "03/16/2020", "85 F.R. 16054 3/20/2020")
    assert first == native_id(" zimo  sheng ", "03/16/2020", "85 F.R.  16054 3/20/2020")
    assert len(first) == 16
    assert first == "6facc13b951ea6fa"  # pinned: ids must not change between releases
    assert first != native_id("ZIMO SHENG", "03/17/2020", "85 F.R. 16054 3/20/2020")


def test_excerpt(excerpt: Path) -> None:
    entities = _by_caption(excerpt)
    sheng = entities["ZIMO SHENG"]
    assert len(sheng) == 1  # two rows (Milwaukee, Jiangsu), one entry
    [zimo] = sheng
    assert zimo.id == "us_bis_denied:6facc13b951ea6fa"
    assert zimo.schema == "Person"
    assert zimo.programs == ["DPL"]
    assert zimo.get("listingDate") == ["2020-03-16"]
    assert zimo.get("authority") == ["85 F.R. 16054 3/20/2020"]
    assert [a.country for a in zimo.addresses] == ["us", "cn"]
    assert zimo.addresses[0].region == "WI"
    assert zimo.get("country") == ["us", "cn"]
    assert "Expiration_Date: 2028-12-13" in zimo.get("notes")
    # Four rows: two share name, date and citation (one entry, two addresses); the other two
    # carry different citation lists, so they are separate orders and separate entries.
    freight = entities["AIR FREIGHT LTD"]
    assert sorted(len(e.addresses) for e in freight) == [1, 1, 2]
    assert all(e.schema == "LegalEntity" for e in freight)
    [sabz] = entities["GHARE SABZ CO."]
    assert len(sabz.addresses) == 2


def test_excerpt_aliases_in_names_and_date_typo(excerpt: Path) -> None:
    entities = _by_caption(excerpt)
    [sun] = entities["FUYI SUN A/K/A FRANK SUN"]
    assert sun.names_of("alias") == ["FUYI SUN", "FRANK SUN"]
    [pearl] = entities["PEARL (A.K.A. NEI-CHIEN CHU) LI"]
    assert pearl.names_of("alias") == ["NEI-CHIEN CHU", "PEARL LI"]
    [garcia] = entities["JOSE ERNESTO GARCIA"]
    assert "Last_Update: 3033-09-30" in garcia.get("notes")  # published typo kept verbatim
    [ash] = entities["I. ASH"]
    assert ash.schema == "Person"  # prison address


@pytest.mark.parametrize(
    ("name", "street", "expected"),
    [
        ("ZIMO SHENG", "", True),
        ("HERSEL LINCOLN MCKENZIE, JR.", "", True),
        ('SHAOHUA "ERIC" WANG', "", True),
        ("I. ASH", "INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE", True),
        ("SUNTRONIC F.Z.E.", "", False),
        ("AIR FREIGHT LTD", "INMATE NUMBER 1", False),
        ("MAHAN AIRWAYS", "", False),
        ("EMTRASUR", "", False),
        ("AVIASTAR - TU", "", False),
    ],
)
def test_is_person(name: str, street: str, expected: bool) -> None:
    assert is_person(name, street) is expected


def test_real_file(lists_dir: Path) -> None:
    path = lists_dir / DPL
    rows = list(read_rows(path, required=_REQUIRED, delimiter="\t"))
    assert len(rows) == 665
    entities = list(SOURCE.parse([path]))
    # 665 rows → 576 entries: rows of one name under one order (other addresses, 2 exact
    # repeats) are merged; ids are unique by construction.
    assert len(entities) == 576
    assert len({e.id for e in entities}) == 576
    assert sum(len(e.addresses) for e in entities) == 665 - 2
    assert Counter(e.schema for e in entities) == {"Person": 456, "LegalEntity": 120}
    by_name = {e.caption: e for e in entities}
    assert by_name["MAHAN AIRWAYS"].schema == "LegalEntity"
    assert by_name["MEHMET HAKAN ATILLA"].schema == "Person"
    assert by_name["MEHMET HAKAN ATILLA"].get("listingDate") == ["2021-04-30"]
    again = [e.id for e in SOURCE.parse([path])]
    assert again == [e.id for e in entities]


# -- failures --------------------------------------------------------------------------------


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "dpl.txt"
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"dpl\.txt: file is empty"):
        list(SOURCE.parse([_write(tmp_path, b"")]))


def test_truncated_file(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes()
    cut = data[: data.index(b"MILWAUKEE") + 3]  # inside a quoted value of the last rows
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([_write(tmp_path, cut)]))
    assert info.value.line == cut.count(b"\n") + 1
    assert "truncated" in str(info.value)


def test_wrong_format_csv(excerpt: Path, tmp_path: Path) -> None:
    as_csv = excerpt.read_bytes().replace(b"\t", b",")
    with pytest.raises(SourceError, match=r"dpl\.txt, line 1: malformed DPL tab-separated"):
        list(SOURCE.parse([_write(tmp_path, as_csv)]))
    unquoted = b"Name,City,Country\nZIMO SHENG,MILWAUKEE,US\n"
    with pytest.raises(SourceError, match="header lacks required column") as info:
        list(SOURCE.parse([_write(tmp_path, unquoted)]))
    assert (info.value.line, info.value.field) == (1, "Name")


def test_wrong_format_xml(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="line 1"):
        list(SOURCE.parse([_write(tmp_path, b'<?xml version="1.0"?>\n<list/>\n')]))


def test_garbled_bytes(excerpt: Path, tmp_path: Path) -> None:
    lines = excerpt.read_bytes().split(b"\n")
    lines[3] = b"\xc3\x28" + lines[3]
    with pytest.raises(SourceError, match="UTF-8") as info:
        list(SOURCE.parse([_write(tmp_path, b"\n".join(lines))]))
    assert info.value.line == 4


def test_wrong_number_of_fields(excerpt: Path, tmp_path: Path) -> None:
    lines = excerpt.read_bytes().split(b"\n")
    lines[2] = lines[2].rsplit(b"\t", 1)[0]
    with pytest.raises(SourceError, match="expected 12 fields, found 11") as info:
        list(SOURCE.parse([_write(tmp_path, b"\n".join(lines))]))
    assert info.value.line == 3


def test_missing_name_and_bad_date(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes()
    with pytest.raises(SourceError, match="empty name") as info:
        list(SOURCE.parse([_write(tmp_path, data.replace(b'"ZIMO SHENG"', b'""', 1))]))
    assert info.value.field == "Name"
    bad = data.replace(b'"03/16/2020"', b'"2020-16-03"', 1)
    with pytest.raises(SourceError, match="not a date") as info:
        list(SOURCE.parse([_write(tmp_path, bad)]))
    assert info.value.field == "Effective_Date"
    assert info.value.line is not None
