"""Australia DFAT consolidated list (au_dfat_sanctions): regulation8_consolidated.xlsx."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity, Identifier
from listwatch.sources.au_dfat import SOURCE, AuDfatSource
from listwatch.sources.registry import get_source

FIXTURE = "au_dfat_sanctions"
NAME = "regulation8_consolidated.xlsx"


def _parse(path: Path) -> dict[str, Entity]:
    return {e.native_id: e for e in SOURCE.parse([path])}


def test_registered() -> None:
    assert isinstance(get_source("au_dfat_sanctions"), AuDfatSource)
    assert SOURCE.downloads[0].filename == NAME


def test_fixture(fixtures_dir: Path) -> None:
    path = fixtures_dir / FIXTURE / NAME
    entities = _parse(path)
    assert sorted(entities, key=int) == ["2", "3", "34", "2943", "2947", "7994"]
    assert SOURCE.published([path]) == dt.date(2024, 11, 11)

    akhund = entities["2"]
    assert akhund.id == "au_dfat_sanctions:2"
    assert akhund.schema == "Person"
    assert akhund.caption == "MOHAMMAD HASSAN AKHUND"
    assert [(n.value, n.script) for n in akhund.names if n.script] == [("محمد حسن أخوند", "Arab")]
    assert akhund.get("birthDate") == ["1955/1958", "1945/1950"]
    assert akhund.get("nationality") == ["af"]
    assert akhund.get("program") == ["1988 (Taliban)"]
    assert akhund.get("listingDate") == ["2001-01-25"]
    assert akhund.get("modifiedDate") == ["2014-12-15"]

    assert entities["3"].names_of("alias")[0] == "A. Kabir"
    assert entities["2943"].names_of("previousName")

    omm = entities["2947"]
    assert omm.schema == "Organization"
    assert Identifier("imo", "1790183") in omm.identifiers
    assert len(omm.addresses) == 2 and omm.get("country") == ["kp"]

    sudan = entities["7994"]
    assert sudan.get("birthDate") == ["1966-01-01"]
    assert sudan.get("program") == ["1591 (Sudan)"]


def _xlsx(tmp_path: Path, fixtures_dir: Path, pattern: str, replacement: str) -> Path:
    """The fixture with one edit in its sheet XML (cells are inline strings)."""
    path = tmp_path / NAME
    with (
        zipfile.ZipFile(fixtures_dir / FIXTURE / NAME) as src,
        zipfile.ZipFile(path, "w") as out,
    ):
        for member in src.namelist():
            data = src.read(member)
            if member == "xl/worksheets/sheet1.xml":
                text, count = re.subn(pattern, replacement, data.decode("utf-8"), count=1)
                assert count == 1
                data = text.encode("utf-8")
            out.writestr(member, data)
    return path


def _fail(path: Path) -> SourceError:
    with pytest.raises(SourceError) as err:
        list(SOURCE.parse([path]))
    assert path.name in str(err.value)
    return err.value


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"")
    _fail(path)


def test_truncated(fixtures_dir: Path, tmp_path: Path) -> None:
    data = (fixtures_dir / FIXTURE / NAME).read_bytes()
    path = tmp_path / NAME
    path.write_bytes(data[: len(data) // 2])
    _fail(path)


def test_wrong_format(fixtures_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes((fixtures_dir / "gb_fcdo_sanctions" / "UK-Sanctions-List.xml").read_bytes())
    _fail(path)
    ods = tmp_path / "regulation8_consolidated.ods"
    ods.write_bytes(
        (fixtures_dir / "gb_fcdo_sanctions" / "FCDO_SL_Mon_Aug 11 2025.ods").read_bytes()
    )
    assert _fail(ods).field == "Reference"


def test_garbled_reference(fixtures_dir: Path, tmp_path: Path) -> None:
    err = _fail(_xlsx(tmp_path, fixtures_dir, "<t>2a</t>", "<t>2\ufffda</t>"))
    assert (err.line, err.field) == (3, "Reference")


def test_missing_id(fixtures_dir: Path, tmp_path: Path) -> None:
    err = _fail(_xlsx(tmp_path, fixtures_dir, r'<c r="A4"[^>]*>.*?</c>', ""))
    assert (err.line, err.field) == (4, "Reference")


def test_missing_id_column(fixtures_dir: Path, tmp_path: Path) -> None:
    err = _fail(_xlsx(tmp_path, fixtures_dir, "<t>Reference</t>", "<t>Ref</t>"))
    assert err.field == "Reference"


def test_unknown_type(fixtures_dir: Path, tmp_path: Path) -> None:
    err = _fail(_xlsx(tmp_path, fixtures_dir, "<t>Individual</t>", "<t>Spaceship</t>"))
    assert (err.line, err.field) == (2, "Type")


def test_alias_without_primary(fixtures_dir: Path, tmp_path: Path) -> None:
    err = _fail(_xlsx(tmp_path, fixtures_dir, "<t>Primary Name</t>", "<t>aka</t>"))
    assert "Reference 2" in str(err)


def test_extra_cells_beyond_header(fixtures_dir: Path, tmp_path: Path) -> None:
    stray = '<c r="T5" t="inlineStr"><is><t>stray</t></is></c></row><row r="6"'
    err = _fail(_xlsx(tmp_path, fixtures_dir, '</row><row r="6"', stray))
    assert err.line == 5


def test_real_file(lists_dir: Path) -> None:
    path = lists_dir / "au_dfat" / "2024-12-17" / NAME
    entities = _parse(path)
    assert len(entities) == 3_062
    assert sum(len(e.names) for e in entities.values()) >= 9_000
    assert SOURCE.published([path]) == dt.date(2024, 11, 11)
    assert entities["2"].caption == "MOHAMMAD HASSAN AKHUND"
    assert entities["7994"].caption == "Osman Mohamed Hamid Mohamed"
    programs = {p for e in entities.values() for p in e.programs}
    assert "Autonomous (Russia)" in programs


def test_garbled_sheet_xml(fixtures_dir: Path, tmp_path: Path) -> None:
    _fail(_xlsx(tmp_path, fixtures_dir, "<sheetData>", "<sheetData>\x01<row r="))
