"""Romanised Chinese and Korean syllables."""

from __future__ import annotations

import pytest

from listwatch.text.syllables import is_romanised_syllable


@pytest.mark.parametrize("word", ["wang", "wen", "chou", "hsu", "jong", "un", "yeong", "chol"])
def test_chinese_and_korean_syllables(word: str) -> None:
    assert is_romanised_syllable(word)


@pytest.mark.parametrize("word", ["mubarak", "sanad", "ali", "ignacio", "sergei", "maria"])
def test_other_words(word: str) -> None:
    assert not is_romanised_syllable(word)
