"""The internal watch-list CSV: the documented example and every documented error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.sources.internal_csv import SOURCE
from listwatch.sources.registry import get_source

ROOT = Path(__file__).resolve().parents[2]
HEADER = "id,name,schema,birth_date,nationality,gender"


@pytest.fixture
def example(fixtures_dir: Path) -> Path:
    return fixtures_dir / "internal" / "my-list.csv"


def _write(tmp_path: Path, text: str | bytes, name: str = "my-list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _error(path: Path) -> SourceError:
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([path]))
    assert info.value.file == str(path)
    return info.value


def test_registry_and_metadata() -> None:
    assert get_source("internal") is SOURCE
    assert SOURCE.downloads == ()
    assert SOURCE.published([]) is None


def test_example(example: Path) -> None:
    doe, acme, ship = SOURCE.parse([example])
    assert doe.id == "internal:C-0001"
    assert doe.schema == "Person"
    assert doe.caption == "Doe, John"
    assert doe.names_of("alias") == ["Johnny Doe", "J. Doe"]
    assert doe.names_of("weakAlias") == ["JD"]
    assert doe.get("birthDate") == ["1970-05-01", "1971"]
    assert doe.get("nationality") == ["us"]
    assert doe.get("country") == ["mx"]
    assert doe.get("gender") == ["male"]
    assert doe.programs == ["INTERNAL-FRAUD"]
    assert doe.get("listingDate") == ["2025-11-03"]
    assert doe.get("notes") == ["Chargeback fraud, 2025", "risk_owner: Compliance team"]
    assert [(i.scheme, i.value) for i in doe.identifiers] == [("passport", "X1234567")]
    assert acme.schema == "Company"
    assert acme.get("country") == ["cy"]
    assert [(i.scheme, i.value) for i in acme.identifiers] == [("taxId", "CY12345678X")]
    assert ship.schema == "Vessel"
    assert [(i.scheme, i.value) for i in ship.identifiers] == [("imo", "9187629")]


def test_doc_example_is_the_fixture(example: Path) -> None:
    doc = (ROOT / "docs" / "internal-list-format.md").read_text(encoding="utf-8")
    block = re.search(r"```csv\n(.*?)```", doc, re.S)
    assert block is not None
    assert block.group(1) == example.read_text(encoding="utf-8")
    assert "listwatch import internal my-list.csv --published 2026-01-31" in doc


def test_header_is_forgiving_about_case_spaces_and_bom(tmp_path: Path) -> None:
    text = "\ufeffID,Name,Schema,Birth Date,Weak-Aliases\nx1,Jane Roe,person,1980-02,JR\n\n"
    [jane] = SOURCE.parse([_write(tmp_path, text)])
    assert (jane.native_id, jane.schema, jane.get("birthDate")) == ("x1", "Person", ["1980-02"])
    assert jane.names_of("weakAlias") == ["JR"]


def test_date_range_and_multiple_files(tmp_path: Path) -> None:
    a = _write(tmp_path, f"{HEADER}\na,Ann,Person,1960/1962,,\n", "a.csv")
    b = _write(tmp_path, f"{HEADER}\nb,Bob,Person,,,\n", "b.csv")
    ann, bob = SOURCE.parse([a, b])
    assert ann.get("birthDate") == ["1960/1962"]
    assert bob.native_id == "b"


# -- errors ----------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in str(_error(_write(tmp_path, "")))


def test_header_only_is_fine_but_blank_is_not(tmp_path: Path) -> None:
    assert list(SOURCE.parse([_write(tmp_path, HEADER + "\n")])) == []
    error = _error(_write(tmp_path, "\n\n"))
    assert "no header row" in str(error)


def test_missing_required_column_names_it(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "id,nmae,schema\n1,Jane,Person\n"))
    assert (error.line, error.field) == (1, "name")
    assert "'nmae' a misspelling" in str(error)


def test_typo_of_optional_column(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "id,name,schema,alias\n1,Jane,Person,JJ\n"))
    assert (error.line, error.field) == (1, "alias")
    assert "did you mean 'aliases'" in str(error)


def test_duplicate_and_empty_header_cells(tmp_path: Path) -> None:
    assert _error(_write(tmp_path, "id,name,schema,id\n")).field == "id"
    assert "header cell 4 is empty" in str(_error(_write(tmp_path, "id,name,schema,\n")))


def test_wrong_format_xml(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, '<?xml version="1.0"?>\n<list><entry id="1"/></list>\n'))
    assert (error.line, error.field) == (1, "id")


def test_garbled_bytes(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, HEADER.encode() + b"\n1,Jos\xe9,Person,,,\n"))
    assert error.line == 2
    assert "UTF-8" in str(error)


def test_truncated_file(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, f'{HEADER}\n1,Jane,Person,,,\n2,"Doe, Jo'))
    assert error.line == 3
    assert "truncated" in str(error)


def test_wrong_number_of_fields(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, f"{HEADER}\n1,Jane,Person,,\n"))
    assert error.line == 2
    assert "expected 6 fields, found 5" in str(error)


@pytest.mark.parametrize("column", ["id", "name"])
def test_empty_id_or_name(tmp_path: Path, column: str) -> None:
    row = ",Jane,Person,,," if column == "id" else "7,,Person,,,"
    error = _error(_write(tmp_path, f"{HEADER}\n1,Ann,Person,,,\n{row}\n"))
    assert (error.line, error.field) == (3, column)


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    text = f"{HEADER}\nA1,Ann,Person,,,\nB2,Bob,Person,,,\nA1,Ann B,Person,,,\n"
    error = _error(_write(tmp_path, text))
    assert (error.line, error.field) == (4, "id")
    assert "duplicate id 'A1', first on line 2" in str(error)


def test_bad_schema(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, f"{HEADER}\n1,Jane,Human,,,\n"))
    assert (error.line, error.field) == (2, "schema")
    assert "'Human' is not one of" in str(error)


@pytest.mark.parametrize("value", ["05/01/1970", "1970-13-01", "circa 1970", "1970/"])
def test_bad_date(tmp_path: Path, value: str) -> None:
    error = _error(_write(tmp_path, f'{HEADER}\n1,Jane,Person,"1969;{value}",,\n'))
    assert (error.line, error.field) == (2, "birth_date")


def test_bad_country_and_gender(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, f"{HEADER}\n1,Jane,Person,,Atlantis,\n"))
    assert (error.line, error.field) == (2, "nationality")
    error = _error(_write(tmp_path, f"{HEADER}\n1,Jane,Person,,,robot\n"))
    assert (error.line, error.field) == (2, "gender")
