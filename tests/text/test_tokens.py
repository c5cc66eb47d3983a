"""Tokenising by schema: OFAC order, annotations, labels, legal forms, prefixes, numbers."""

from __future__ import annotations

from listwatch.text.tokens import tokenize_name


def test_ofac_surname_comma_given_is_reordered() -> None:
    parts = tokenize_name("MADURO MOROS, Nicolas", "Person")
    assert parts.tokens == ["nicolas", "maduro", "moros"]


def test_two_commas_are_not_reordered() -> None:
    assert tokenize_name("Smith, John, London", "Person").tokens == ["smith", "john", "london"]


def test_generational_suffixes_are_annotations() -> None:
    parts = tokenize_name("LAVILLA, Ruben Pestano, Jr.", "Person")
    assert (parts.tokens, parts.annotations) == (["ruben", "pestano", "lavilla"], ["jr"])
    parts = tokenize_name("MORENO JR., Daniel Gonzalo", "Person")
    assert (parts.tokens, parts.annotations) == (["daniel", "gonzalo", "moreno"], ["jr"])
    assert tokenize_name("Jr Smith", "Person").tokens == ["jr", "smith"]  # a first word stays


def test_religious_titles_are_dropped() -> None:
    assert tokenize_name("MAZHAR, Molavi Muhammad", "Person").tokens == ["muhammad", "mazhar"]
    assert tokenize_name("Mawlawi Abdul Kabir", "Person").tokens == ["abdul", "kabir"]


def test_i_inside_a_name_is_a_connector_not_a_numeral() -> None:
    assert tokenize_name("LASHKAR-I-TAIBA", "Organization").tokens == ["lashkar", "i", "taiba"]
    assert tokenize_name("OCEAN STAR I", "Vessel").tokens == ["ocean", "star", "1"]


def test_voyage_numbers_are_dropped() -> None:
    parts = tokenize_name("HALVERSTONE SPIRIT V.214W (Marshall Islands flag)", "Company")
    assert parts.tokens == ["halverstone", "spirit"]
    assert tokenize_name("MSC ANNA VOY. 12E", "Vessel").tokens == ["msc", "anna"]
    assert tokenize_name("ACME V. 2", "Company").tokens == ["acme", "5", "2"]  # not a voyage


def test_person_titles_are_dropped() -> None:
    assert tokenize_name("Dr. Ayman al-Zawahiri", "Person").tokens == ["ayman", "al", "zawahiri"]


def test_party_label_is_dropped() -> None:
    parts = tokenize_name("BENEFICIARY: Sarıkaya Hububat Ltd. Şti.", "Company")
    assert parts.tokens == ["sarikaya", "hububat"]
    assert parts.legal_forms == ["ltd sti"]


def test_parentheses_and_comma_tails_are_annotations() -> None:
    parts = tokenize_name("Kisumu Lakeside Motors Ltd (Kakamega Branch)", "Company")
    assert parts.tokens == ["kisumu", "lakeside", "motors"]
    assert parts.annotations == ["kakamega", "branch"]
    vessel = tokenize_name("MV Soja Paranaense, Santos", "Vessel")
    assert vessel.tokens == ["soja", "paranaense"]
    assert vessel.annotations == ["santos"]


def test_legal_form_after_a_comma_is_not_an_annotation() -> None:
    parts = tokenize_name("Transportes Refrigerados del Sureste, S.A. de C.V.", "Company")
    assert parts.annotations == []
    assert parts.legal_forms == ["s a de c v"]


def test_vessel_prefixes_and_number_markers() -> None:
    assert tokenize_name("M/V PELGARRA GLORY", "Vessel").tokens == ["pelgarra", "glory"]
    assert tokenize_name("Hoshikaze Maru No. 8", "Vessel").tokens == ["hoshikaze", "maru", "8"]


def test_numbers_are_digits() -> None:
    assert tokenize_name("Brasskey Shipping Three Inc.", "Company").tokens == [
        "brasskey",
        "shipping",
        "3",
    ]
    assert tokenize_name("Sino Iron II", "Company").tokens == ["sino", "iron", "2"]
    # Roman numerals stay letters in person names (a generation, or an initial).
    assert tokenize_name("John Jacob Astor IV", "Person").tokens[-1] == "iv"


def test_a_legal_form_is_not_stripped_when_only_a_number_would_remain() -> None:
    assert tokenize_name("MS-13", "Organization").tokens == ["ms", "13"]
    assert tokenize_name("OOO ROMASHKA", "Organization").tokens == ["romashka"]


def test_given_names_are_those_after_the_comma() -> None:
    assert tokenize_name("AL-BATHALI, Mubarak Mushakhas Sanad", "Person").given == 3
    assert tokenize_name("SMITH, Mr John", "Person").given == 1  # the title is dropped
    assert tokenize_name("Stephen Edward Smith", "Person").given == 0
    assert tokenize_name("LAVILLA, Ruben Pestano, Jr.", "Person").given == 2
    assert tokenize_name("MORENO JR., Daniel Gonzalo", "Person").given == 2
    assert tokenize_name("MORENO, Daniel Jr Gonzalo", "Person").given == 0
    assert tokenize_name("ACME, Inc.", "Organization").given == 0
