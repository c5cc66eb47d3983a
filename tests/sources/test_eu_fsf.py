"""EU Financial Sanctions Files XML parser: real excerpts, format details, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.eu_fsf import DEFAULT_TOKEN, SOURCE, EuFsfSource
from listwatch.sources.registry import get_source

NS = "http://eu.europa.ec/fpi/fsd/export"


@pytest.fixture
def old_excerpt(fixtures_dir: Path) -> Path:
    return fixtures_dir / "eu_fsf" / "fsf_2018-12-21_excerpt.xml"


@pytest.fixture
def new_excerpt(fixtures_dir: Path) -> Path:
    return fixtures_dir / "eu_fsf" / "fsf_2024-12-11_excerpt.xml"


def _by_id(path: Path) -> dict[str, Entity]:
    return {e.native_id: e for e in SOURCE.parse([path])}


def _write(tmp_path: Path, data: bytes | str) -> Path:
    path = tmp_path / "xmlFullSanctionsList_1_1.xml"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_registry_and_download(monkeypatch: pytest.MonkeyPatch) -> None:
    assert get_source("eu_fsf") is SOURCE
    assert SOURCE.downloads[0].url.endswith(
        f"/xmlFullSanctionsList_1_1/content?token={DEFAULT_TOKEN}"
    )
    monkeypatch.setenv("LISTWATCH_EU_FSF_TOKEN", "secret123")
    assert EuFsfSource().downloads[0].url.endswith("content?token=secret123")


def test_old_excerpt(old_excerpt: Path) -> None:
    entities = _by_id(old_excerpt)
    assert set(entities) == {"1", "207"}
    mugabe = entities["1"]
    assert mugabe.id == "eu_fsf:1"
    assert mugabe.schema == "Person"
    assert mugabe.caption == "Robert Gabriel Mugabe"
    assert mugabe.get("birthDate") == ["1924-02-21"]
    assert mugabe.get("program") == ["ZWE"]
    assert mugabe.get("listingDate") == ["2018-02-16"]
    assert mugabe.get("position") == ["Former President"]
    assert mugabe.get("gender") == ["male"]
    passport = next(i for i in mugabe.identifiers if i.scheme == "passport")
    assert (passport.value, passport.country, passport.note) == ("AD001095", None, "(passport)")
    assert "birthPlace" not in mugabe.props  # countryDescription UNKNOWN
    ibda = entities["207"]
    assert ibda.schema == "Organization"
    assert ibda.caption == "İslami Büyük Doğu Akıncılar Cephesi"
    assert "IBDA-C" in ibda.names_of("alias")
    bulgarian = next(n for n in ibda.names if n.lang == "bg")
    assert bulgarian.script == "Cyrl"
    assert next(n for n in ibda.names if n.lang == "el").script == "Grek"
    assert ibda.get("program") == ["TERR"]
    assert ibda.get("authority") == ["2018/468 (OJ L79)"]
    assert SOURCE.published([old_excerpt]) == date(2018, 12, 21)


def test_new_excerpt(new_excerpt: Path) -> None:
    (saddam,) = SOURCE.parse([new_excerpt])
    assert saddam.native_id == "13"
    assert saddam.names_of("name") == ["Saddam Hussein Al-Tikriti"]
    assert saddam.names_of("alias") == ["Abu Ali", "Abou Ali"]
    assert saddam.get("nationality") == ["iq"]
    assert saddam.get("birthDate") == ["1937-04-28"]
    assert saddam.get("birthPlace") == ["al-Awja, near Tikrit, IRAQ"]
    assert saddam.get("notes") == ["UNSC RESOLUTION 1483"]
    assert saddam.get("listingDate") == ["2003-07-08"]
    assert SOURCE.published([new_excerpt]) == date(2024, 12, 11)


_DETAILED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<export xmlns="{NS}" generationDate="2025-01-02T10:00:00.000+01:00" globalFileId="1">
  <sanctionEntity designationDetails="" unitedNationId="QDe.001" euReferenceNumber="EU.1.1"
      logicalId="900" designationDate="2001-03-09">
    <regulation regulationType="regulation" publicationDate="2002-05-29"
        entryIntoForceDate="2002-05-30" numberTitle="881/2002 (OJ L139)" programme="TAQA"
        logicalId="1"><publicationUrl>http://eur-lex.europa.eu/x</publicationUrl></regulation>
    <subjectType code="enterprise" classificationCode="E"/>
    <nameAlias wholeName="Example Trading Co" strong="true" nameLanguage="" logicalId="2"/>
    <nameAlias wholeName="ETC" strong="false" nameLanguage="" logicalId="3"/>
    <address city="Kabul" street="Shar-e-Naw" poBox="" zipCode="" region="" place=""
        countryIso2Code="AF" countryDescription="AFGHANISTAN" logicalId="4">
      <remark>Former address</remark>
      <contactInfo key="PHONE" value="+93 20 000000"/>
    </address>
    <identification number="12345" identificationTypeCode="regnumber"
        identificationTypeDescription="Registration Number" countryIso2Code="00"
        countryDescription="UNKNOWN" logicalId="5"/>
  </sanctionEntity>
  <sanctionEntity logicalId="901">
    <regulation programme="RUS" publicationDate="2022-02-23" logicalId="6"/>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias firstName="Ivan" lastName="Petrov" wholeName="" strong="true" logicalId="7"/>
    <birthdate circa="true" year="1970" monthOfYear="3" dayOfMonth="" birthdate=""
        countryIso2Code="00" countryDescription="UNKNOWN" logicalId="8"/>
    <birthdate year="1971" month="" day="" countryIso2Code="RU"
        countryDescription="RUSSIAN FEDERATION" city="Moscow" logicalId="9"/>
  </sanctionEntity>
</export>
"""


def test_format_details(tmp_path: Path) -> None:
    entities = _by_id(_write(tmp_path, _DETAILED))
    org = entities["900"]
    assert org.names_of("name") == ["Example Trading Co"]
    assert org.names_of("weakAlias") == ["ETC"]
    assert org.get("listingDate") == ["2001-03-09"]
    assert org.get("program") == ["TAQA"]
    assert org.get("sourceUrl") == ["http://eur-lex.europa.eu/x"]
    assert org.addresses[0].full == "Shar-e-Naw, Kabul, AFGHANISTAN"
    assert org.addresses[0].country == "af"
    assert org.get("country") == ["af"]
    assert org.get("notes") == ["Former address"]
    schemes = {(i.scheme, i.value) for i in org.identifiers}
    assert ("phone", "+93 20 000000") in schemes
    assert ("registration", "12345") in schemes
    assert ("other", "QDe.001") in schemes
    person = entities["901"]
    assert person.caption == "Ivan Petrov"
    assert person.get("birthDate") == ["1970-03", "1971"]
    assert person.get("birthPlace") == ["Moscow, RUSSIAN FEDERATION"]
    assert person.get("listingDate") == ["2022-02-23"]


# -- bad input ---------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="empty"):
        list(SOURCE.parse([_write(tmp_path, b"")]))


def test_truncated_file(old_excerpt: Path, tmp_path: Path) -> None:
    data = old_excerpt.read_bytes()
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([_write(tmp_path, data[: len(data) // 2])]))
    assert info.value.line is not None and info.value.line > 2


def test_wrong_format(fixtures_dir: Path, tmp_path: Path) -> None:
    un = fixtures_dir / "un_sc_sanctions" / "consolidated_excerpt.xml"
    with pytest.raises(SourceError, match="not an EU FSF export") as info:
        list(SOURCE.parse([un]))
    assert info.value.line == 2
    with pytest.raises(SourceError, match="malformed XML"):
        list(SOURCE.parse([_write(tmp_path, b"fileGenerationDate;Entity_LogicalId\n")]))


def test_garbled_bytes(new_excerpt: Path, tmp_path: Path) -> None:
    data = new_excerpt.read_bytes().replace(b"Abou Ali", b"Ab\xf4u Ali")
    with pytest.raises(SourceError, match="malformed XML") as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.line == 15


def test_missing_logical_id(new_excerpt: Path, tmp_path: Path) -> None:
    data = new_excerpt.read_bytes().replace(
        b'unitedNationId="" logicalId="13"', b'unitedNationId=""'
    )
    with pytest.raises(SourceError) as info:
        list(SOURCE.parse([_write(tmp_path, data)]))
    assert info.value.field == "logicalId"
    assert info.value.line == 3


def test_entity_without_name(tmp_path: Path) -> None:
    xml = (
        f'<export xmlns="{NS}"><sanctionEntity logicalId="5">'
        '<subjectType code="person"/></sanctionEntity></export>'
    )
    with pytest.raises(SourceError, match="no name") as info:
        list(SOURCE.parse([_write(tmp_path, xml)]))
    assert info.value.field == "nameAlias"


def test_no_entries(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no sanctionEntity"):
        list(SOURCE.parse([_write(tmp_path, f'<export xmlns="{NS}"/>')]))
