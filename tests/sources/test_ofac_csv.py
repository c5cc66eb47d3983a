"""The OFAC legacy CSV set and the ``us_ofac_sdn`` source: fixtures, bad input, real files."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier, Link, Name
from listwatch.sources.base import Source
from listwatch.sources.ofac_csv import file_role, parse_ofac_csv
from listwatch.sources.ofac_sdn import SOURCE

DS = "us_ofac_sdn"
ROLE_FILES = {
    "primary": "sdn.csv",
    "alt": "alt.csv",
    "add": "add.csv",
    "comments": "sdn_comments.csv",
}


def _by_id(entities: list[Entity]) -> dict[str, Entity]:
    return {e.native_id: e for e in entities}


@pytest.fixture
def set_2021(fixtures_dir: Path) -> list[Path]:
    folder = fixtures_dir / DS / "2021-07-07"
    return [folder / name for name in ROLE_FILES.values()]


@pytest.fixture
def copy_2021(set_2021: list[Path], tmp_path: Path) -> dict[str, Path]:
    """A writable copy of the fixture set, by role."""
    out = {}
    for role, path in zip(ROLE_FILES, set_2021, strict=True):
        out[role] = tmp_path / path.name
        shutil.copy(path, out[role])
    return out


# -- fixtures -------------------------------------------------------------------------------
def test_fixture_set_attaches_aliases_addresses_and_comments(set_2021: list[Path]) -> None:
    ents = _by_id(list(parse_ofac_csv(set_2021, DS)))
    assert sorted(ents, key=int) == ["36", "306", "4234", "12300", "15431", "22790", "28263"]
    bank = ents["306"]
    assert bank.id == "us_ofac_sdn:306"
    assert bank.schema == "Organization"
    assert bank.names_of("alias") == ["NATIONAL BANK OF CUBA"]
    assert bank.names_of("weakAlias") == ["BNC"]
    assert bank.programs == ["CUBA"]
    assert (
        Address(
            "Zweierstrasse 35, Zurich CH-8022, Switzerland",
            "Zweierstrasse 35",
            "Zurich CH-8022",
            country="ch",
        )
        in bank.addresses
    )
    tian = ents["28263"]  # remark continued in sdn_comments.csv
    assert "snowsjohn" in tian.names_of("weakAlias")
    assert tian.links == [Link("linkedTo", "LAZARUS GROUP")]
    assert tian.get("notes")[0].endswith("Linked To: LAZARUS GROUP.")
    cifuentes = ents["12300"]
    assert Link("linkedTo", "R D I S.A.") in cifuentes.links
    assert "OSUNA VILLARREAL, Sergio" in cifuentes.names_of("alias")
    assert ents["22790"].addresses[0].country == "ve"


def test_fixture_vessel_and_aircraft(set_2021: list[Path]) -> None:
    ents = _by_id(list(parse_ofac_csv(set_2021, DS)))
    ship = ents["4234"]
    assert ship.schema == "Vessel"
    assert ship.get("flag") == ["cu"]
    assert ship.get("vesselType") == ["General Cargo"]
    assert ship.get("tonnage") == ["2597"]
    assert ship.get("grossRegisteredTonnage") == ["1098"]
    assert ship.get("owner") == ["Compania Navegacion Golfo S.A."]
    assert Identifier("callSign", "CL2685", label="Call Sign") in ship.identifiers
    plane = ents["15431"]
    assert plane.schema == "Aircraft"
    assert plane.get("aircraftModel") == ["IL76-TD"]
    assert plane.links == [Link("linkedTo", "POUYA AIR")]


def test_fixture_2024_rows(fixtures_dir: Path) -> None:
    ents = _by_id(list(parse_ofac_csv([fixtures_dir / DS / "2024-05-03_sdn.csv"], DS)))
    assert len(ents) == 11
    mencho = ents["17674"]
    assert mencho.get("birthDate") == ["1966-07-17", "1964-07-17"]
    assert mencho.names_of("weakAlias") == ["Mencho"]
    assert ents["11440"].names_of("previousName") == ["MEXICAN FEDERATION", "GUADALAJARA CARTEL"]
    artavil = ents["15036"]
    assert artavil.get("tonnage") == ["99,144"]
    assert artavil.get("pastFlags") == ["mt", "tv", "tz"]
    assert Identifier("imo", "9187629", label="Vessel Registration Identification") in (
        artavil.identifiers
    )
    assert ents["906"].identifiers[0] == Identifier("swiftBic", "HAVIGB2L", label="SWIFT/BIC")


def test_gzip_files_and_sniffed_names(set_2021: list[Path], tmp_path: Path) -> None:
    files = []
    for index, path in enumerate(set_2021):
        target = tmp_path / f"part{index}.csv.gz"  # names say nothing: roles by column count
        target.write_bytes(gzip.compress(path.read_bytes()))
        files.append(target)
    assert [file_role(p) for p in files] == list(ROLE_FILES)
    assert len(list(parse_ofac_csv(files, DS))) == 7


def test_source_object(set_2021: list[Path]) -> None:
    assert isinstance(SOURCE, Source)
    assert SOURCE.dataset == DS
    assert [d.filename for d in SOURCE.downloads] == list(ROLE_FILES.values())
    assert SOURCE.downloads[0].url == (
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"
    )
    assert SOURCE.published(set_2021) is None
    assert len(list(SOURCE.parse(set_2021))) == 7


# -- bad input: every failure kind for every file role ---------------------------------------
def _damage(path: Path, kind: str) -> None:
    data = path.read_bytes()
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_bytes(b"\r\n\x1a")
    elif kind == "truncated":
        cut = data.index(b'"', data.index(b"\n") + 1) + 3  # inside a quoted field of row 2
        path.write_bytes(data[:cut])
    elif kind == "xml":
        path.write_bytes(b'<?xml version="1.0"?>\n<sdnList><sdnEntry/></sdnList>\n')
    elif kind == "garbled":
        cut = data.index(b",") + 1
        path.write_bytes(data[:cut] + b"\x81\x00\x9d\xff" + data[cut:])
    elif kind == "fields":
        first, _, rest = data.partition(b"\n")
        path.write_bytes(first + b"\n" + b"999,extra," + rest)
    elif kind == "id":
        first, _, rest = data.partition(b"\n")
        path.write_bytes(first + b"\n" + rest.replace(rest.split(b",")[0], b"-0- ", 1))


@pytest.mark.parametrize("role", list(ROLE_FILES))
@pytest.mark.parametrize(
    ("kind", "line", "field"),
    [
        ("empty", None, None),
        ("blank", None, None),
        ("truncated", 2, None),
        ("xml", 1, None),
        ("garbled", 1, None),
        ("fields", 2, None),
        ("id", 2, "ent_num"),
    ],
)
def test_bad_input_raises(
    copy_2021: dict[str, Path], role: str, kind: str, line: int | None, field: str | None
) -> None:
    path = copy_2021[role]
    _damage(path, kind)
    with pytest.raises(SourceError) as caught:
        list(parse_ofac_csv(list(copy_2021.values()), DS))
    err = caught.value
    assert err.file == str(path)
    assert path.name in str(err)
    if line is not None:
        assert err.line == line
        assert f"line {line}" in str(err)
    assert err.field == field


def test_set_without_primary_file_is_an_error(copy_2021: dict[str, Path]) -> None:
    with pytest.raises(SourceError, match="no primary file"):
        list(parse_ofac_csv([copy_2021["alt"], copy_2021["add"]], DS))


def test_orphans_duplicates_and_bad_types_raise(
    copy_2021: dict[str, Path], set_2021: list[Path]
) -> None:
    alt = copy_2021["alt"]
    alt.write_bytes(alt.read_bytes() + b'77777,1,"aka","NOBODY",-0- \r\n')
    with pytest.raises(SourceError, match="not in the primary file") as caught:
        list(parse_ofac_csv(list(copy_2021.values()), DS))
    assert caught.value.field == "ent_num"
    alt.write_bytes(b'36,12,"xka","AERO-CARIBBEAN",-0- \r\n')
    with pytest.raises(SourceError) as caught:
        list(parse_ofac_csv(list(copy_2021.values()), DS))
    assert (caught.value.field, caught.value.line) == ("alt_type", 1)
    sdn = copy_2021["primary"]
    first = sdn.read_bytes().partition(b"\n")[0]
    sdn.write_bytes(first + b"\n" + first + b"\n")
    with pytest.raises(SourceError, match="appears twice") as caught:
        list(parse_ofac_csv([sdn], DS))
    assert (caught.value.field, caught.value.line) == ("ent_num", 2)
    shutil.copy(set_2021[0], sdn)
    sdn.write_bytes(sdn.read_bytes().replace(b'"vessel"', b'"spaceship"'))
    with pytest.raises(SourceError) as caught:
        list(parse_ofac_csv([sdn], DS))
    assert caught.value.field == "SDN_Type"


def test_cp1252_text(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    row = '1,"PE\u00d1A, Jos\u00e9","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    path.write_bytes(row.encode("cp1252") + b"\x1a")
    (entity,) = parse_ofac_csv([path], DS)
    assert entity.caption == "PE\u00d1A, Jos\u00e9"
    assert entity.get("lastName") == ["PE\u00d1A"]


# -- the real files ---------------------------------------------------------------------------
SDN_COUNTS = {
    "2024-05-03": 14965,
    "2024-05-02": 14973,
    "2024-02-16": 13929,
    "2023-11-17": 13390,
    "2023-05-19": 12538,
    "2022-08-19": 10478,
    "2022-02-28": 9222,
    "2022-02-23": 9121,
    "2021-08-18": 9083,
    "2021-07-07": 8976,
    "2019-01-04": 7379,
}


@pytest.mark.parametrize(("day", "count"), SDN_COUNTS.items())
def test_real_sdn_csv_counts(lists_dir: Path, day: str, count: int) -> None:
    entities = list(parse_ofac_csv([lists_dir / "ofac_sdn" / day / "sdn.csv"], DS))
    assert len(entities) == count
    assert len({e.native_id for e in entities}) == count


def test_acceptance_maduro_2024_05_03(lists_dir: Path) -> None:
    path = lists_dir / "ofac_sdn" / "2024-05-03" / "sdn.csv"
    entities = list(SOURCE.parse([path]))
    ents = _by_id(entities)
    maduro = ents["22790"]
    assert maduro.id == "us_ofac_sdn:22790"
    assert maduro.schema == "Person"
    assert maduro.caption == "MADURO MOROS, Nicolas"
    assert maduro.get("birthDate") == ["1962-11-23"]
    assert maduro.get("birthPlace") == ["Caracas, Venezuela"]
    assert maduro.get("nationality") == ["ve"]
    assert maduro.get("citizenship") == ["ve"]
    assert Identifier("nationalId", "5892464", "ve", "Cedula No.") in maduro.identifiers
    assert maduro.programs == ["VENEZUELA", "IRAN-CON-ARMS-EO"]
    assert maduro.get("gender") == ["male"]
    assert sum("FTO" in e.programs for e in entities) == 70
    assert "MUGABE, Robert Gabriel" not in {e.caption for e in entities}


def _rows(path: Path) -> list[list[str]]:
    """The rows of a side file, read with the csv module directly."""
    with path.open(encoding="cp1252", newline="") as fh:
        return [[" ".join(v.split()) for v in row] for row in csv.reader(fh) if len(row) > 1]


@pytest.mark.parametrize(("day", "count"), [("2019-01-04", 7379), ("2021-07-07", 8976)])
def test_real_full_sets(lists_dir: Path, day: str, count: int) -> None:
    folder = lists_dir / "ofac_sdn" / day
    entities = list(SOURCE.parse([folder / name for name in ROLE_FILES.values()]))
    assert len(entities) == count
    ents = _by_id(entities)
    kinds = {"aka": "alias", "fka": "previousName", "nka": "alias"}
    for ent, _num, kind, name, _remarks in _rows(folder / "alt.csv"):
        assert Name(name, kinds[kind]) in ents[ent].names
    empty = {"", "-0-", "-0"}
    expected = {(r[0], *r[2:5]) for r in _rows(folder / "add.csv") if set(r[2:5]) - empty}
    assert sum(len(e.addresses) for e in entities) == len(expected)
    assert ents["306"].names_of("alias") == ["NATIONAL BANK OF CUBA"]
    assert ents["22790"].caption == "MADURO MOROS, Nicolas"


def test_real_2026_partial_extract(lists_dir: Path) -> None:
    path = lists_dir / "derived" / "ofac_sdn_2026-04-23_FTO_cartel_rows_PARTIAL_EXTRACT.csv"
    ents = _by_id(list(parse_ofac_csv([path], DS)))
    assert len(ents) == 19
    sinaloa = ents["11440"]
    assert sinaloa.caption == "SINALOA CARTEL"
    assert sinaloa.programs == ["SDNTK", "FTO", "SDGT", "ILLICIT-DRUGS-EO14059"]
    assert sinaloa.get("organizationType") == ["Transnational Terrorist Group"]
    assert {"49756", "55025", "10386", "17671"} <= set(ents)


def test_real_2024_partial_extract_and_cons(lists_dir: Path) -> None:
    path = lists_dir / "derived" / "ofac_sdn_2024-05-03_FTO_rows_PARTIAL_EXTRACT.csv"
    assert len(list(parse_ofac_csv([path], DS))) == 70
    cons = sorted((lists_dir / "ofac_cons" / "2025-12-19").iterdir())
    assert len(list(parse_ofac_csv(cons, "us_ofac_cons"))) == 442
    assert len(list(parse_ofac_csv([lists_dir / "ofac_cons/2025-08-18/OFAC.csv"], "x"))) == 443


def test_real_alias_only_files_are_not_a_publication(lists_dir: Path) -> None:
    alt_only = lists_dir / "ofac_sdn" / "2025-08-11" / "OFAC.csv"
    assert file_role(alt_only) == "alt"
    with pytest.raises(SourceError, match="no primary file"):
        list(parse_ofac_csv([alt_only], DS))
    folder = lists_dir / "ofac_sdn" / "2025-12-24"
    with pytest.raises(SourceError, match="no primary file"):
        list(SOURCE.parse(sorted(folder.iterdir())))


def test_xml_files_are_delegated_to_the_xml_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, str]] = []

    def fake(path: Path, dataset: str) -> Iterator[Entity]:
        calls.append((path, dataset))
        yield Entity(dataset, "1", "Person")

    module = types.ModuleType("listwatch.sources.ofac_xml")
    module.parse_ofac_xml = fake  # type: ignore[attr-defined]
    module.published_ofac_xml = lambda path: dt.date(2025, 3, 28)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "listwatch.sources.ofac_xml", module)
    named = tmp_path / "sdn.xml.gz"
    named.write_bytes(gzip.compress(b"<sdnList/>"))
    sniffed = tmp_path / "publication"
    sniffed.write_bytes(b'\xef\xbb\xbf<?xml version="1.0"?><sdnList/>')
    assert [e.id for e in SOURCE.parse([named, sniffed])] == ["us_ofac_sdn:1"] * 2
    assert calls == [(named, DS), (sniffed, DS)]
    assert SOURCE.published([named]) == dt.date(2025, 3, 28)
