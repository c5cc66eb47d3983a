"""Normalisation: Unicode, case, diacritics, punctuation, spacing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from listwatch.text.normalize import clean, joined, normalize, word_starts, words, written_words


def test_case_and_diacritics_fold() -> None:
    assert normalize("Nicolás MADURO") == "nicolas maduro"
    assert normalize("Škerlj Trgovina") == "skerlj trgovina"
    assert normalize("Straße") == "strasse"


def test_nfkc_folds_compatibility_forms() -> None:
    assert normalize("ＡＢＣ　１２３") == "abc 123"


def test_hyphen_splits_and_joined_form_runs_together() -> None:
    assert normalize("AL-QAIDA") == "al qaida"
    assert joined("AL-QAIDA") == "alqaida"
    assert joined("JSC ARGUMENT") == joined("JSCARGUMENT")


def test_word_starts_mark_the_first_token_of_each_written_word() -> None:
    assert [t for t, _s, _r in words("OOO 'STG-EKO' S.A.")] == ["ooo", "stg", "eko", "s", "a"]
    assert word_starts(written_words("OOO 'STG-EKO' S.A.")) == [True, True, False, True, False]
    # One token per syllable, written unspaced: each begins a word.
    assert all(word_starts(written_words("株式会社八雲堂")))


def test_apostrophes_inside_a_word_are_dropped() -> None:
    assert normalize("O'NEILL") == "oneill"
    assert normalize("O’Doyle") == "odoyle"


def test_ampersand_is_and() -> None:
    assert (
        normalize("J & P Advertising") == normalize("J AND P ADVERTISING") == "j and p advertising"
    )
    assert normalize("AT&T") == "at and t"


def test_french_elision_stays_a_separate_word() -> None:
    assert normalize("Société Sénégalaise d'Arachide") == "societe senegalaise d arachide"


def test_invisible_characters_and_spaces() -> None:
    assert clean("  Gm\u00adbH \u200b  Berlin ") == "gmbh berlin"


def test_words_report_the_script() -> None:
    assert [(t, s) for t, s, _ in words("Путин Vladimir")] == [
        ("putin", "cyrillic"),
        ("vladimir", "latin"),
    ]


@given(st.text())
def test_normalize_never_crashes_and_is_idempotent(value: str) -> None:
    once = normalize(value)
    assert normalize(once) == once
    assert once == once.strip()
    assert once.isascii()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_joined_has_no_spaces(value: str) -> None:
    assert " " not in joined(value)
