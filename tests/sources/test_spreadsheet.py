"""The shared table reader: csv, xlsx, ods; header finding; row numbers; bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import zipfile
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.sources.scripts import detect_script, script_from_label
from listwatch.sources.spreadsheet import cell_text, read_table


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_csv_preamble_header_and_row_numbers(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "t.csv",
        b'Last Updated,14/04/2025\nid,name\n1,"two\nlines"\n\n2,plain\n',
    )
    table = read_table(path, ("id", "name"))
    assert table.preamble == [["Last Updated", "14/04/2025"]]
    assert list(table.rows()) == [
        (3, {"id": "1", "name": "two lines"}),
        (6, {"id": "2", "name": "plain"}),
    ]


def test_csv_gzip_is_read_transparently(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.csv.gz", gzip.compress(b"id,name\n1,x\n"))
    assert list(read_table(path, ("id",)).rows()) == [(2, {"id": "1", "name": "x"})]


def test_csv_cp1252_fallback_only_when_allowed(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.csv", "id,name\n1,Caf\u00e9\n".encode("cp1252"))
    rows = list(read_table(path, ("id",), encodings=("utf-8", "cp1252")).rows())
    assert rows[0][1]["name"] == "Caf\u00e9"
    with pytest.raises(SourceError) as err:
        list(read_table(path, ("id",)).rows())
    assert "line 2" in str(err.value) and "t.csv" in str(err.value)


def test_csv_wrong_field_counts(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.csv", b"id,name\n1,a\n2\n")
    with pytest.raises(SourceError) as err:
        list(read_table(path, ("id",)).rows())
    assert err.value.line == 3
    path = _write(tmp_path / "u.csv", b"id,name\n1,a,extra\n")
    with pytest.raises(SourceError) as err:
        list(read_table(path, ("id",)).rows())
    assert err.value.line == 2


def test_csv_unterminated_quote_and_nul(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.csv", b'id,name\n1,"open\n')
    with pytest.raises(SourceError) as err:
        list(read_table(path, ("id",)).rows())
    assert err.value.line == 2
    path = _write(tmp_path / "n.csv", b"id,name\n1,a\x00b\n")
    with pytest.raises(SourceError, match="NUL"):
        list(read_table(path, ("id",)).rows())


def test_missing_header_names_the_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.csv", b"a,b\n1,2\n")
    with pytest.raises(SourceError) as err:
        read_table(path, ("id", "b"))
    assert err.value.field == "id"
    assert "t.csv" in str(err.value)


def test_empty_and_wrong_kind_files(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="empty"):
        read_table(_write(tmp_path / "e.xlsx", b""), ("id",))
    with pytest.raises(SourceError, match="zip"):
        read_table(_write(tmp_path / "z.csv", b"PK\x03\x04rest"), ("id",))
    with pytest.raises(SourceError, match="spreadsheet"):
        read_table(_write(tmp_path / "x.xlsx", b"<?xml version='1.0'?><a/>"), ("id",))


def test_xlsx_and_truncated_xlsx(fixtures_dir: Path, tmp_path: Path) -> None:
    real = fixtures_dir / "au_dfat_sanctions" / "regulation8_consolidated.xlsx"
    table = read_table(real, ("Reference",))
    first = next(table.rows())
    assert first[0] == 2 and first[1]["Reference"] == "2"
    cut = _write(tmp_path / "cut.xlsx", real.read_bytes()[:3000])
    with pytest.raises(SourceError) as err:
        read_table(cut, ("Reference",))
    assert "cut.xlsx" in str(err.value)


def test_ods_rows_and_missing_sheet(fixtures_dir: Path, tmp_path: Path) -> None:
    path = fixtures_dir / "gb_fcdo_sanctions" / "FCDO_SL_Mon_Aug 11 2025.ods"
    rows = list(read_table(path, ("Unique ID",)).rows())
    assert rows[0] == (
        2,
        {
            "Unique ID": "AFG0001",
            "OFSI Group ID": "12703",
            "Name": "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE",
            "Regime Name": "Afghanistan",
            "Type": "Entity",
            "Designation source": "UN",
            "Date Designated": "29-06-2012",
            "Sanctions Imposed": "Asset freeze",
        },
    )
    with pytest.raises(SourceError, match=r"no sheet named .Nope."):
        list(read_table(path, ("Unique ID",), sheet="Nope").rows())


def test_ods_truncated_content(fixtures_dir: Path, tmp_path: Path) -> None:
    src = zipfile.ZipFile(fixtures_dir / "gb_fcdo_sanctions" / "FCDO_SL_Mon_Aug 11 2025.ods")
    content = src.read("content.xml")
    bad = tmp_path / "bad.ods"
    with zipfile.ZipFile(bad, "w") as out:
        out.writestr("content.xml", content[: len(content) // 2])
    with pytest.raises(SourceError) as err:
        list(read_table(bad, ("Unique ID",)).rows())
    assert err.value.line is not None and "bad.ods" in str(err.value)


def test_ods_repeated_cells(tmp_path: Path) -> None:
    t = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    x = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    o = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    content = (
        f"<office:document-content {t} {x} {o}><office:body><office:spreadsheet>"
        '<table:table table:name="S"><table:table-row>'
        "<table:table-cell><text:p>a</text:p></table:table-cell>"
        "<table:table-cell><text:p>b</text:p></table:table-cell>"
        "<table:table-cell><text:p>c</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="3"/>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2"><text:p>x'
        '<text:s text:c="2"/>y</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="7">'
        "<text:p>7,00</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "r.ods"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("content.xml", content)
    assert list(read_table(path, ("a",)).rows()) == [(5, {"a": "x y", "b": "x y", "c": "7"})]


def test_cell_text() -> None:
    assert cell_text(2.0) == "2"
    assert cell_text(1.5) == "1.5"
    assert cell_text(dt.date(2014, 12, 15)) == "2014-12-15"
    assert cell_text(dt.datetime(2014, 12, 15)) == "2014-12-15"
    assert cell_text(" Algerian\xa0\xa0") == "Algerian"
    assert cell_text(None) == ""


def test_detect_script() -> None:
    assert detect_script("Хизри Магомедович Абакаров") == "Cyrl"
    assert detect_script("شركة صروح العقارية") == "Arab"
    assert detect_script("金正恩") == "Hani"
    assert detect_script("José ÁLVAREZ") is None
    assert script_from_label("Cryillic") == "Cyrl"
