"""Transliteration of names written in other scripts."""

from __future__ import annotations

from listwatch.text.normalize import normalize
from listwatch.text.translit import script_of, transliterate_word


def test_cyrillic() -> None:
    assert normalize("Владимир Путин") == "vladimir putin"
    assert normalize("Шевченко") == "shevchenko"
    assert normalize("Михаил Ходорковский") == "mikhail khodorkovskiy"


def test_ukrainian_and_belarusian_letters() -> None:
    assert normalize("Їжакевич") == "yizhakevich"
    assert normalize("Жаўнерчык") == "zhaunerchyk"


def test_greek() -> None:
    assert normalize("Αλέξης Τσίπρας") == "alexis tsipras"


def test_arabic_writes_consonants_and_long_vowels() -> None:
    assert normalize("محمد بن سلمان") == "mhmd bn slman"
    assert transliterate_word("آتشيسون") == ("atshisun", "arabic")


def test_arabic_article_is_a_separate_token() -> None:
    assert normalize("السرغيني") == "al srghini"


def test_persian_letters() -> None:
    assert normalize("پژمان") == "pzhman"


def test_hebrew_geresh_and_vowel_letters() -> None:
    assert normalize("ג'ון") == "jon"
    assert normalize("ריצ'רד ניקסון") == "richrd nikson"
    assert normalize("ויליאם") == "wiliam"


def test_han_and_hangul_give_one_token_per_syllable() -> None:
    assert normalize("毛泽东") == "mao ze dong"
    assert normalize("김정은") == "gim jeong eun"


def test_japanese_kana() -> None:
    assert normalize("トヨタ") == "toyota"


def test_script_of() -> None:
    assert script_of("Путин") == "cyrillic"
    assert script_of("أحمد") == "arabic"
    assert script_of("דוד") == "hebrew"
    assert script_of("123") == "other"
