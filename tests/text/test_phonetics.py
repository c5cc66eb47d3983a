"""Phonetic keys and consonant skeletons."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from listwatch.text.normalize import normalize
from listwatch.text.phonetics import phonetic_key, skeleton


def test_transliteration_variants_share_a_key() -> None:
    assert phonetic_key("khouri") == phonetic_key("khoury")
    assert phonetic_key("kipkorir") == phonetic_key("kipkorrir")
    assert phonetic_key("shabbir") == phonetic_key("shabir")
    # German romanisations of Russian names: tsch is ch, dsch is dzh.
    assert phonetic_key("tschatayev") == phonetic_key("chatayev")
    assert phonetic_key("dschabarow") == phonetic_key("dzhabarov")
    assert phonetic_key("schewtschenko") == phonetic_key("shevchenko")
    # Russian ё after a consonant: yo or e; not a Japanese syllable, nor at the start.
    assert phonetic_key("artyom") == phonetic_key("artem")
    assert phonetic_key("gorbachyov") == phonetic_key("gorbachev")
    assert phonetic_key("kyoko") != phonetic_key("keko")
    assert phonetic_key("yolanda") != phonetic_key("elanda")
    # The Arabic article, however romanised.
    assert phonetic_key("el") == phonetic_key("ul") == phonetic_key("il") == phonetic_key("al")
    assert phonetic_key("ed") != phonetic_key("al")


def test_abjad_and_latin_spellings_share_a_skeleton() -> None:
    assert skeleton("acheson") == skeleton(normalize("آتشيسون"))
    assert skeleton("salman") == skeleton(normalize("سلمان"))
    assert skeleton("david", loose=True) == skeleton(normalize("דוד"), loose=True)


def test_numbers_are_kept() -> None:
    assert phonetic_key("1204") == "1204"
    assert skeleton("1204") == "1204"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20))
def test_keys_never_crash(token: str) -> None:
    assert phonetic_key(token).isascii()
    assert set(skeleton(token)) <= set("bktsxlrmn")
