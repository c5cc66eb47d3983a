"""Token-pair similarity: each way two words may be the same word, and the cross-script rules."""

from __future__ import annotations

import pytest

from listwatch.matching.token_similarity import (
    ABBREVIATION,
    DEFAULT_THRESHOLD,
    INITIAL,
    NICKNAME,
    PHONETIC,
    token_similarity,
)
from listwatch.text.name_form import TokenFeatures, prepare_name


def _features(word: str, schema: str = "Person") -> TokenFeatures:
    return prepare_name(word, schema).features[0]


def _similarity(a: str, b: str, schema: str = "Person") -> tuple[float, str]:
    return token_similarity(_features(a, schema), _features(b, schema), schema == "Person")


def test_kinds_of_pairs() -> None:
    assert _similarity("bill", "william") == (NICKNAME, "nickname")
    assert _similarity("j", "john") == (INITIAL, "initial")
    assert _similarity("intl", "international", "Company") == (ABBREVIATION, "abbreviation")
    assert _similarity("intl", "international")[0] == 0.0  # people's names are not abbreviated
    assert _similarity("corp", "corporation", "Company") == (ABBREVIATION, "abbreviation")
    assert _similarity("mfg", "manufacturing", "Company") == (ABBREVIATION, "abbreviation")
    assert _similarity("star", "software", "Company")[0] == 0.0
    assert _similarity("cec", "crescent", "Company")[0] == 0.0
    assert _similarity("bros", "brothers", "Company") == (ABBREVIATION, "abbreviation")
    assert _similarity("indian", "indonesian", "Company")[0] == 0.0  # a word, not a short form
    assert _similarity("mohammed", "muhammad") == (NICKNAME, "nickname")  # spellings, one name
    assert _similarity("smith", "smyth") == (PHONETIC, "phonetic")
    score, how = _similarity("petrovski", "petrovsky")
    assert how in ("phonetic", "fuzzy") and score >= 0.75


def test_two_letters_swapped_are_one_typing_error() -> None:
    assert _similarity("badur", "abdur") == (0.8, "fuzzy")  # Levenshtein: two edits, 0.6
    assert _similarity("rahman", "rahamn")[0] >= 0.8
    assert _similarity("badur", "dabur")[0] == 0.0  # not adjacent: two edits


@pytest.mark.parametrize(
    ("latin", "other"),
    [
        ("mahdi", "مهدي"),
        ("petrov", "Петров"),
        ("lukashenka", "Лукашенко"),
        ("yitzhak", "יצחק"),
        ("kim", "김"),
    ],
)
def test_one_word_in_two_scripts_pairs_at_the_threshold_or_above(latin: str, other: str) -> None:
    score, how = _similarity(latin, other)
    assert how in ("cross-script", "phonetic") and score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("latin", "other"),
    [
        ("moghadam", "مهدي"),  # consonant skeletons mghdm / mhd
        ("mehdi", "محمدمهدي"),  # several names run together
        ("tokareva", "Корова"),  # skeletons tkrv / krv
        ("aria", "علي"),
        ("kusov", "Кузнецов"),  # five consonants against three
        ("stepanova", "Смирнова"),  # alphabets write vowels: four edits in nine is too many
        ("nasri", "منصور"),  # the first consonant differs (n/m)
    ],
)
def test_other_words_in_two_scripts_do_not_pair(latin: str, other: str) -> None:
    assert _similarity(latin, other)[0] == 0.0


def test_similarities_are_symmetric() -> None:
    for a, b in [("mahdi", "مهدي"), ("bill", "william"), ("petrov", "Петров")]:
        assert _similarity(a, b) == _similarity(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [("rwk", "rvc"), ("bc", "bk"), ("cjng", "cjnp"), ("ltc", "ltk")]
)
def test_acronyms_pair_only_when_equal(a: str, b: str) -> None:
    assert _similarity(a, b, "Company")[0] == 0.0
    assert _similarity(a, b)[0] == 0.0


def test_short_words_with_vowels_still_sound_alike() -> None:
    assert _similarity("lee", "li")[0] == PHONETIC
    assert _similarity("rwk", "rawk", "Company")[0] > 0  # not both acronyms


def test_words_romanised_without_vowels_are_not_acronyms() -> None:
    assert _similarity("ممحد", "محمد")[0] >= 0.75  # two letters swapped in mhmd
