"""trade.gov Consolidated Screening List: excerpts, the real files, and every failure kind."""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.delimited import read_rows
from listwatch.sources.registry import get_source
from listwatch.sources.us_csl import _REQUIRED, SOURCE

CSL_2022 = Path("us_csl/2022-05-16/consolidated.csv.gz")
CSL_2023 = Path("us_csl/2023-11-30/csl.csv")


def _parse(*paths: Path) -> dict[str, Entity]:
    return {e.native_id: e for e in SOURCE.parse(list(paths))}


@pytest.fixture
def excerpt(fixtures_dir: Path) -> Path:
    return fixtures_dir / "us_trade_csl" / "consolidated.csv"


def test_registry_and_metadata() -> None:
    assert get_source("us_trade_csl") is SOURCE
    assert SOURCE.downloads[0].filename == "consolidated.csv"
    assert SOURCE.downloads[0].url.startswith("https://data.trade.gov/")
    assert SOURCE.published([]) is None


def test_excerpt_sdn_person(excerpt: Path) -> None:
    entities = _parse(excerpt)
    assert len(entities) == 7  # 9 rows; the three rows of _id 18725 are one entry
    person = entities["9935"]
    assert person.id == "us_trade_csl:9935"
    assert person.schema == "Person"
    assert person.caption == "'ABD AL-RAZZIQ, Abu Sufian al-Salamabi Muhammed Ahmed"
    aliases = person.names_of("alias")
    assert len(aliases) == 14
    assert "ABDELRAZIK, Sofian" in aliases
    assert "DJOLAIBA THE SUDANESE" in aliases
    assert person.get("birthDate") == ["1962-08-06"]
    assert person.get("nationality") == ["ca", "sd"]
    assert person.get("birthPlace") == ["Al-Bawgah, Sudan", "Albaouga, Sudan"]
    assert person.programs == ["SDGT"]
    assert person.get("authority") == ["Specially Designated Nationals (SDN) - Treasury Department"]
    docs = {(i.scheme, i.value, i.country, i.label) for i in person.identifiers}
    assert ("passport", "BC166787", "ca", "Passport") in docs
    assert ("other", "9935", None, "OFAC ent_num") in docs


def test_excerpt_rows_sharing_an_id_are_merged(excerpt: Path) -> None:
    bank = _parse(excerpt)["18725"]
    assert bank.schema == "Organization"
    assert bank.get("authority") == [
        "Capta List (CAP) - Treasury Department",
        "Specially Designated Nationals (SDN) - Treasury Department",
        "Sectoral Sanctions Identifications List (SSI) - Treasury Department",
    ]
    assert bank.programs == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    assert bank.names_of("alias") == ["VTB AFRICA"]
    assert {(i.scheme, i.value) for i in bank.identifiers} >= {("swiftBic", "VTBLAOLU")}
    assert bank.links[0].target_name == "VTB BANK PUBLIC JOINT STOCK COMPANY"


def test_excerpt_other_types(excerpt: Path) -> None:
    entities = _parse(excerpt)
    vessel = entities["31920"]
    assert vessel.schema == "Vessel"
    assert vessel.get("flag") == ["ru"]
    assert vessel.get("vesselType") == ["Pipe-laying Vessel"]
    ids = {(i.scheme, i.value) for i in vessel.identifiers}
    assert {("imo", "8770261"), ("callSign", "UDQB")} <= ids
    aircraft = entities["15445"]
    assert aircraft.schema == "Aircraft"
    assert aircraft.get("aircraftModel") == ["A300B4-605R"]
    assert aircraft.get("buildDate") == ["1988-05-17"]
    denied = entities["deb7a1d5743a85c354ca1a2c7f2664e2104b32d7"]
    assert denied.schema == "LegalEntity"  # empty type
    assert denied.caption == "I. ASH"
    assert denied.programs == ["DPL"]  # no programs: the list's own code
    assert denied.get("topics") == ["export.control"]
    assert denied.get("listingDate") == ["2003-06-19"]
    assert "end_date: 2056-06-29" in denied.get("notes")
    el = entities["4398d33e9e93c7477af39f1e0bfffc13ddd47bcc"]
    assert el.programs == ["EL"]
    assert el.addresses[0].country == "by"


def test_ids_layout_of_2022_with_issue_date(excerpt: Path) -> None:
    person = _parse(excerpt)["33500"]
    passport = next(i for i in person.identifiers if i.scheme == "passport")
    assert (passport.value, passport.country, passport.note) == ("LR0073000", "lb", "2022-07-25")
    assert person.get("gender") == ["male"]


def test_ids_layout_of_2023_and_repeated_header(fixtures_dir: Path) -> None:
    entities = _parse(fixtures_dir / "us_trade_csl" / "csl_2023.csv")
    assert set(entities) == {"30882", "dcc742038bcb47f1bf9e805ef279484d", "26182"}
    evader = entities["26182"]
    assert evader.get("gender") == ["male"]
    passport = next(i for i in evader.identifiers if i.scheme == "passport")
    assert (passport.value, passport.country) == ("U00242309", "tr")
    telecom = entities["30882"]
    ids = {(i.scheme, i.value, i.country) for i in telecom.identifiers}
    assert ("registration", "9111000071093019X7", "cn") in ids
    assert ("other", "US1694261033", None) in ids
    assert telecom.get("organizationType") == ["Public Company"]
    assert "Listing Date (CMIC): 2021-06-03" in telecom.get("notes")


def test_gzip_excerpt_reads_like_plain(excerpt: Path, tmp_path: Path) -> None:
    packed = tmp_path / "consolidated.csv.gz"
    packed.write_bytes(gzip.compress(excerpt.read_bytes()))
    assert [e.to_dict() for e in SOURCE.parse([packed])] == [
        e.to_dict() for e in SOURCE.parse([excerpt])
    ]


def test_real_2022_complete(lists_dir: Path) -> None:
    path = lists_dir / CSL_2022
    rows = list(read_rows(path, required=_REQUIRED))
    assert len(rows) == 14_160
    by_list = Counter(r.get("source") for r in rows)
    assert by_list["Specially Designated Nationals (SDN) - Treasury Department"] == 10_026
    assert by_list["Entity List (EL) - Bureau of Industry and Security"] == 2_001
    entities = _parse(path)
    # 71 ids appear on two or three lists (SDN + SSI + CAPTA…): 14,160 rows, 14,048 entries.
    assert len(entities) == 14_048 == len({r.get("_id") for r in rows})
    assert Counter(e.schema for e in entities.values())["Vessel"] == 433
    maduro = entities["22790"]
    assert maduro.caption == "MADURO MOROS, Nicolas"
    assert maduro.schema == "Person"
    assert maduro.get("position") == ["President of the Bolivarian Republic of Venezuela"]
    assert maduro.get("citizenship") == ["ve"]
    assert "VENEZUELA" in maduro.programs
    assert maduro.get("birthDate") == ["1962-11-23"]
    assert all(e.names for e in entities.values())


def test_real_2023_is_truncated(lists_dir: Path) -> None:
    """The 2023 copy stops inside a quoted field: it is refused, naming the line.

    The lists README counts 4,228 rows: the 4,229 CSV records minus the header, i.e. a
    repeated header row, 4,226 complete rows and the cut-off last one.
    """
    path = lists_dir / CSL_2023
    complete = 0
    with pytest.raises(SourceError) as info:
        for _ in read_rows(path, required=_REQUIRED, skip_repeated_header=True):
            complete += 1
    assert complete == 4_226
    assert info.value.line == 4_233
    assert "csl.csv, line 4233" in str(info.value)
    assert "truncated" in str(info.value)
    with pytest.raises(SourceError, match="line 4233"):
        list(SOURCE.parse([path]))


# -- failures --------------------------------------------------------------------------------


def _variant(excerpt: Path, tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / excerpt.name
    path.write_bytes(data)
    return path


def test_empty_file(excerpt: Path, tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="empty") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, b"")]))
    assert info.value.file is not None


def test_truncated_file(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes()
    path = _variant(excerpt, tmp_path, data[: data.index(b"ABDELRAZIK, Abousofiane")])
    with pytest.raises(SourceError, match="truncated") as info:
        list(SOURCE.parse([path]))
    assert info.value.line == 3


def test_truncated_gzip(excerpt: Path, tmp_path: Path) -> None:
    packed = gzip.compress(excerpt.read_bytes())
    path = tmp_path / "consolidated.csv.gz"
    path.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(SourceError, match="gzip"):
        list(SOURCE.parse([path]))


def test_wrong_format_xml(excerpt: Path, tmp_path: Path) -> None:
    xml = b'<?xml version="1.0"?>\n<sdnList><sdnEntry><uid>1</uid></sdnEntry></sdnList>\n'
    with pytest.raises(SourceError, match="not a CSL CSV") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, xml)]))
    assert (info.value.line, info.value.field) == (1, "_id")


def test_garbled_bytes(excerpt: Path, tmp_path: Path) -> None:
    lines = excerpt.read_bytes().split(b"\n")
    lines[4] = lines[4].replace(b"A", b"\xff\xfe", 1)
    with pytest.raises(SourceError, match="UTF-8") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, b"\n".join(lines))]))
    assert info.value.line == 5


def test_wrong_number_of_fields(excerpt: Path, tmp_path: Path) -> None:
    lines = excerpt.read_bytes().split(b"\n")
    lines[2] = lines[2] + b",extra"
    with pytest.raises(SourceError, match="expected 29 fields, found 30") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, b"\n".join(lines))]))
    assert info.value.line == 3


def test_missing_id(excerpt: Path, tmp_path: Path) -> None:
    lines = excerpt.read_bytes().split(b"\n")
    assert lines[2].startswith(b"9935,")
    lines[2] = lines[2][len(b"9935") :]
    with pytest.raises(SourceError, match="empty id") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, b"\n".join(lines))]))
    assert (info.value.line, info.value.field) == (3, "_id")


def test_unknown_type_and_empty_name(excerpt: Path, tmp_path: Path) -> None:
    data = excerpt.read_bytes()
    bad_type = data.replace(b",9935,Individual,", b",9935,Robot,")
    with pytest.raises(SourceError, match="unknown type") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, bad_type)]))
    assert (info.value.line, info.value.field) == (3, "type")
    no_name = data.replace(b'"\'ABD AL-RAZZIQ, Abu Sufian al-Salamabi Muhammed Ahmed"', b"")
    with pytest.raises(SourceError, match="empty name") as info:
        list(SOURCE.parse([_variant(excerpt, tmp_path, no_name)]))
    assert info.value.field == "name"
