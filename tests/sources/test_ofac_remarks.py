"""The OFAC remarks parser: real remark texts and properties that must hold for any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from listwatch.model import Identifier, Link, Name
from listwatch.sources.ofac_remarks import ofac_country, parse_remarks, split_remarks

MADURO = (
    "DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male; Cedula No. 5892464 "
    "(Venezuela); President of the Bolivarian Republic of Venezuela."
)


def test_maduro_remarks() -> None:
    info = parse_remarks(MADURO, title="President of the Bolivarian Republic of Venezuela")
    assert info.props["birthDate"] == ["1962-11-23"]
    assert info.props["birthPlace"] == ["Caracas, Venezuela"]
    assert info.props["citizenship"] == ["ve"]
    assert info.props["nationality"] == ["ve"]
    assert info.props["gender"] == ["male"]
    assert info.props["title"] == ["President of the Bolivarian Republic of Venezuela"]
    assert info.identifiers == [Identifier("nationalId", "5892464", "ve", "Cedula No.")]
    assert info.unparsed == []


def test_dates_circa_month_range_and_alternatives() -> None:
    info = parse_remarks("DOB circa 1960; alt. DOB Nov 1962; alt. DOB 1960 to 1962; DOB 1970")
    assert info.props["birthDate"] == ["1960", "1962-11", "1960/1962", "1970"]


def test_weak_aliases_previous_and_new_names() -> None:
    info = parse_remarks("a.k.a. 'BNC'; f.k.a. 'MEXICAN FEDERATION'; n.k.a. 'LGOK'; a.k.a. 'CO.'.")
    assert info.names == [
        Name("BNC", "weakAlias"),
        Name("MEXICAN FEDERATION", "previousName"),
        Name("LGOK", "alias"),
        Name("CO.", "weakAlias"),
    ]


def test_passport_with_country_and_validity() -> None:
    info = parse_remarks(
        "Passport M00021291 (South Africa) issued 04 May 2010 expires 03 May 2020; "
        "alt. Passport 4229533; National ID No. 3100905657113 (Thailand) expires May 2006"
    )
    assert info.identifiers == [
        Identifier(
            "passport", "M00021291", "za", "Passport", "issued 04 May 2010 expires 03 May 2020"
        ),
        Identifier("passport", "4229533", None, "Passport"),
        Identifier("nationalId", "3100905657113", "th", "National ID No.", "expires May 2006"),
    ]


def test_identity_numbers_of_many_kinds() -> None:
    text = (
        "C.U.R.P. VICG841006MCHLNB04 (Mexico); RFC LISJ650716SD0 (Mexico); Tax ID No. 7620006742 "
        "(Russia); NIT # 639000271-8 (Colombia); D.N.I. 44.556.097 (Spain); SSN 561-77-9011 "
        "(United States); Registration Number HE 12345 (Cyprus); Identification Number 840901356; "
        "Folio Mercantil No. 343997 (Mexico) issued 14 Dec 2005"
    )
    got = {(i.scheme, i.value, i.country, i.label) for i in parse_remarks(text).identifiers}
    assert got == {
        ("nationalId", "VICG841006MCHLNB04", "mx", "C.U.R.P."),
        ("taxId", "LISJ650716SD0", "mx", "RFC"),
        ("taxId", "7620006742", "ru", "Tax ID No."),
        ("taxId", "639000271-8", "co", "NIT #"),
        ("nationalId", "44.556.097", "es", "D.N.I."),
        ("nationalId", "561-77-9011", "us", "SSN"),
        ("registration", "HE 12345", "cy", "Registration Number"),
        ("nationalId", "840901356", None, "Identification Number"),
        ("registration", "343997", "mx", "Folio Mercantil No."),
    }


def test_vessel_and_contact_details() -> None:
    info = parse_remarks(
        "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; Vessel Registration "
        "Identification IMO 9187629; MMSI 572469210; SWIFT/BIC HAVIGB2L; Website www.hib.uk.com; "
        "Email Address uranis@uranis.net; Phone Number 8613314257947; Telephone (98)(21) 8888; "
        "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"
    )
    assert info.props["pastFlags"] == ["mt", "tv"]
    got = {(i.scheme, i.value) for i in info.identifiers}
    assert got == {
        ("imo", "9187629"),
        ("mmsi", "572469210"),
        ("swiftBic", "HAVIGB2L"),
        ("website", "www.hib.uk.com"),
        ("email", "uranis@uranis.net"),
        ("phone", "8613314257947"),
        ("phone", "(98)(21) 8888"),
        ("cryptoWallet", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"),
    }
    wallet = info.identifiers[-1]
    assert wallet.label == "Digital Currency Address - XBT"


def test_aircraft_details() -> None:
    info = parse_remarks(
        "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture "
        "Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft Manufacturer's "
        "Serial Number (MSN) 1023409321; Aircraft Tail Number EP-GOM; Linked To: POUYA AIR."
    )
    assert info.props["buildDate"] == ["1992"]
    assert info.props["aircraftModel"] == ["IL76-TD"]
    assert {(i.scheme, i.value) for i in info.identifiers} == {
        ("aircraftSerial", "8401"),
        ("aircraftSerial", "1023409321"),
        ("aircraftRegistration", "EP-GOM"),
    }
    assert info.links == [Link("linkedTo", "POUYA AIR")]
    assert info.unparsed == ["Aircraft Operator YAS AIR"]


def test_organisation_and_secondary_sanctions() -> None:
    info = parse_remarks(
        "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive "
        "Order 13886; Organization Type: Transnational Terrorist Group; Organization Established "
        "Date 26 Dec 2018; Additional Sanctions Information - Subject to Secondary Sanctions; "
        "Linked To: RED MUNDIAL INMOBILIARIA, S.A. DE C.V.; Major General"
    )
    assert info.props["organizationType"] == ["Transnational Terrorist Group"]
    assert info.props["incorporationDate"] == ["2018-12-26"]
    assert info.props["title"] == ["Major General"]
    assert len(info.props["secondarySanctions"]) == 2
    assert info.links == [Link("linkedTo", "RED MUNDIAL INMOBILIARIA, S.A. DE C.V.")]


def test_semicolons_inside_parentheses_do_not_split() -> None:
    text = "Passport 123 (issued under the alias name; Alt. DOB 1969); Gender Male"
    assert split_remarks(text) == [
        "Passport 123 (issued under the alias name; Alt. DOB 1969)",
        "Gender Male",
    ]
    assert split_remarks("Website x (unclosed; Gender Male") == [
        "Website x (unclosed",
        "Gender Male",
    ]


def test_unrecognised_parts_are_kept_and_empty_remarks() -> None:
    info = parse_remarks("ICTY indictee; Gender Male; nationality Atlantis")
    assert info.unparsed == ["ICTY indictee", "nationality Atlantis"]
    assert parse_remarks("-0- ").unparsed == []
    assert parse_remarks(None).props == {}


def test_ofac_country_spellings() -> None:
    assert ofac_country("Region: Gaza") == "ps"
    assert ofac_country("Man, Isle of") == "im"
    assert ofac_country("North Macedonia, The Republic of") == "mk"
    assert ofac_country("St. Kitts & Nevis") == "kn"
    assert ofac_country("undetermined") is None


# -- properties ---------------------------------------------------------------------------
_NAME = st.text(
    alphabet=st.characters(blacklist_characters="';()\r\n", blacklist_categories=["Cs", "Cc"]),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip())
_PART = st.text(
    alphabet=st.characters(blacklist_characters=";()", blacklist_categories=["Cs"]), max_size=40
)


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_never_crashes(text: str) -> None:
    info = parse_remarks(text, title=text[:10])
    assert isinstance(info.unparsed, list)


@given(st.lists(_PART, max_size=5), _NAME, st.integers(min_value=0, max_value=5))
@settings(max_examples=200)
def test_inserted_weak_alias_is_returned(parts: list[str], name: str, at: int) -> None:
    parts.insert(min(at, len(parts)), f"a.k.a. '{name}'")
    info = parse_remarks("; ".join(parts))
    assert Name(" ".join(name.split()), "weakAlias") in info.names


@given(st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dob_round_trip(day: dt.date) -> None:
    text = f"DOB {day:%d %b %Y}; alt. DOB {day:%b %Y}; alt. DOB circa {day.year}"
    info = parse_remarks(text)
    assert info.props["birthDate"] == [day.isoformat(), day.isoformat()[:7], str(day.year)]


@given(st.lists(st.text(alphabet="abcdefghij XYZ", min_size=1, max_size=20), max_size=4))
def test_unrecognised_parts_are_not_lost(words: list[str]) -> None:
    parts = [f"Zzq {w}".strip() for w in words]
    text = "; ".join(["Gender Female", *parts, "a.k.a. 'X'"])
    info = parse_remarks(text)
    assert info.unparsed == parts
    assert info.props["gender"] == ["female"]
