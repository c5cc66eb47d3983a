"""The us_ofac_cons source: format dispatch, the real publications, cross-format consistency."""

from __future__ import annotations

import gzip
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.base import Source
from listwatch.sources.ofac_cons import SOURCE
from listwatch.sources.registry import get_source

CSV_NAMES = ("cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv")


@pytest.fixture
def fixture_dir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "us_ofac_cons"


def _by_id(entities: list[Entity]) -> dict[str, Entity]:
    return {e.native_id: e for e in entities}


def test_source_description() -> None:
    assert isinstance(SOURCE, Source)
    assert get_source("us_ofac_cons") is SOURCE
    assert SOURCE.dataset == "us_ofac_cons"
    assert SOURCE.title == "US OFAC Consolidated (non-SDN) List"
    assert [d.filename for d in SOURCE.downloads] == list(CSV_NAMES)
    base = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"
    assert [d.url for d in SOURCE.downloads] == [base + n.upper() for n in CSV_NAMES]


def test_dispatch_xml_and_enhanced(tmp_path: Path, fixture_dir: Path) -> None:
    xml = fixture_dir / "consolidated.xml"
    assert len(list(SOURCE.parse([xml]))) == 7
    assert SOURCE.published([xml]) == date(2025, 3, 28)
    # XML content under a neutral name is recognised by its first bytes.
    renamed = tmp_path / "download.bin"
    shutil.copy(xml, renamed)
    assert len(list(SOURCE.parse([renamed]))) == 7
    zipped = tmp_path / "CONS_ENHANCED.ZIP"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(fixture_dir / "cons_enhanced.xml", "CONS_ENHANCED.XML")
    assert len(list(SOURCE.parse([zipped]))) == 3
    assert SOURCE.published([zipped]) == date(2025, 1, 10)
    # The unzipped enhanced XML is recognised too.
    assert len(list(SOURCE.parse([fixture_dir / "cons_enhanced.xml"]))) == 3
    snapshot = tmp_path / "consolidated.xml.gz"
    snapshot.write_bytes(gzip.compress(xml.read_bytes()))
    assert SOURCE.published([snapshot]) == date(2025, 3, 28)


def test_csv_excerpt(fixture_dir: Path) -> None:
    files = [fixture_dir / name for name in CSV_NAMES]
    entries = _by_id(list(SOURCE.parse(files)))
    assert sorted(entries) == ["17014", "18281", "18726", "34736", "50476", "9647"]
    assert SOURCE.published(files) is None
    zahhar = entries["9647"]
    assert zahhar.schema == "Person"
    assert zahhar.caption == "ZAHHAR, Mahmoud Khaled"
    assert "AL ZAHAR, Mahmoud Khaled" in zahhar.names_of("alias")
    bank = entries["17014"]
    assert "ROSSELKHOZBANK" in bank.names_of("alias")
    assert any("RUSAG" in note for note in bank.get("notes"))  # from cons_comments.csv


def test_csv_gzip_snapshot(tmp_path: Path, fixture_dir: Path) -> None:
    files = []
    for name in CSV_NAMES:
        target = tmp_path / f"{name}.gz"
        target.write_bytes(gzip.compress((fixture_dir / name).read_bytes()))
        files.append(target)
    assert len(list(SOURCE.parse(files))) == 6


def test_bad_input(tmp_path: Path, fixture_dir: Path) -> None:
    with pytest.raises(SourceError):
        list(SOURCE.parse([]))
    empty = tmp_path / "cons_prim.csv"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match="empty") as info:
        list(SOURCE.parse([empty]))
    assert info.value.file is not None and info.value.file.endswith("cons_prim.csv")
    short = tmp_path / "short" / "cons_prim.csv"
    short.parent.mkdir()
    short.write_bytes(b'9647,"ZAHHAR, Mahmoud Khaled","individual"\r\n')
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([short]))
    assert info.value.line == 1
    data = (fixture_dir / "consolidated.xml").read_bytes()
    cut = tmp_path / "consolidated.xml"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(SourceError, match="truncated") as info:
        list(SOURCE.parse([cut]))
    assert info.value.line is not None


# -- the real publications -------------------------------------------------------------------


def test_real_csv_set(lists_dir: Path) -> None:
    folder = lists_dir / "ofac_cons" / "2025-12-19"
    entries = _by_id(list(SOURCE.parse([folder / name for name in CSV_NAMES])))
    assert len(entries) == 442
    assert entries["9639"].caption == "HANIYA, Ismail Abdul Salah"
    assert entries["50476"].caption == "MARTELLY, Michel Joseph"
    assert entries["50476"].programs == ["ILLICIT-DRUGS-EO14059"]


def test_real_ofac_csv_named_oddly(lists_dir: Path) -> None:
    """``OFAC.csv`` of 2025-08-18 holds cons_prim.csv content under another name."""
    entries = list(SOURCE.parse([lists_dir / "ofac_cons" / "2025-08-18" / "OFAC.csv"]))
    assert len(entries) == 443
    assert all(e.id.startswith("us_ofac_cons:") for e in entries)


def test_real_xml_and_zip(lists_dir: Path) -> None:
    cons = lists_dir / "ofac_cons"
    xml = [cons / "2025-03-28" / "consolidated.xml"]
    enhanced = [cons / "2025-01-10" / "CONS_ENHANCED.ZIP"]
    assert len(list(SOURCE.parse(xml))) == 443
    assert len(list(SOURCE.parse(enhanced))) == 443
    assert SOURCE.published(xml) == date(2025, 3, 28)
    assert SOURCE.published(enhanced) == date(2025, 1, 10)


def test_same_entries_across_xml_and_csv(lists_dir: Path) -> None:
    """An entry has the same id, schema and primary name in the 2025-03-28 XML and the
    2025-12-19 CSV set, unless OFAC changed it in between."""
    cons = lists_dir / "ofac_cons"
    xml = _by_id(list(SOURCE.parse([cons / "2025-03-28" / "consolidated.xml"])))
    csv = _by_id(list(SOURCE.parse([cons / "2025-12-19" / n for n in CSV_NAMES])))
    assert set(csv) <= set(xml)
    assert set(xml) - set(csv) == {"26182"}  # delisted between March and December
    changed = {
        uid
        for uid in csv
        if (csv[uid].schema, csv[uid].caption) != (xml[uid].schema, xml[uid].caption)
    }
    assert changed == {"18284"}  # renamed: RN-KOMSOMOLSKY → RN KOMSOMOLSKIY REFINERY LLC
    for uid in ("9639", "9647", "17014", "23552", "50476"):
        assert csv[uid].id == xml[uid].id == f"us_ofac_cons:{uid}"
        assert csv[uid].caption == xml[uid].caption
        assert csv[uid].programs and set(csv[uid].programs) == set(xml[uid].programs)
