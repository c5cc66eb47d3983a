"""Business words of Russian company names and their English renderings pair."""

from __future__ import annotations

from listwatch.matching import DEFAULT_THRESHOLD, compare
from listwatch.text.business_words import business_word_groups, business_word_variants
from listwatch.text.name_form import prepare_name


def test_a_russian_word_pairs_with_its_renderings_and_inflections() -> None:
    assert business_word_groups("zavod") == business_word_groups("plant")
    assert business_word_groups("zavod") == business_word_groups("zavoda")
    assert business_word_groups("proizvodstvennoye") == business_word_groups("production")
    assert business_word_groups("meteor") == frozenset()
    # Renderings of one Russian word pair; a generic English word is not one of them.
    assert business_word_groups("aviation") == business_word_groups("aircraft")
    assert business_word_groups("building") == frozenset()
    assert {"plant", "factory", "kombinat"} <= business_word_variants("zavod")
    assert "zavod" not in business_word_variants("zavod")


def test_only_organisation_names_carry_them() -> None:
    assert prepare_name("ZAVOD METEOR", "Organization").nicknames[0]
    assert not prepare_name("Ivan Zavod", "Person").nicknames[1]


def test_transliterated_and_translated_names_match() -> None:
    pairs = [
        ("AO ZAVOD METEOR", "JOINT STOCK COMPANY METEOR PLANT"),
        ("AO VTB LIZING", "VTB LEASING JOINT STOCK COMPANY"),
        ("NAUCHNO-PROIZVODSTVENNOE PREDPRIYATIE PRIMA", "RESEARCH & PRODUCTION ENTERPRISE PRIMA"),
    ]
    for a, b in pairs:
        assert compare(a, b, "Organization").score >= DEFAULT_THRESHOLD, (a, b)
    # The distinctive words must still match.
    assert compare("ZAVOD METEOR", "PLANT SIGNAL", "Organization").score < 0.5
    assert compare("NATIONAL CONSTRUCTION", "NATIONAL BUILDING", "Organization").score < 0.8
