"""Arabic articles written as words of a name."""

from __future__ import annotations

import pytest

from listwatch.text import prepare_name
from listwatch.text.articles import article_positions


@pytest.mark.parametrize(
    ("name", "positions"),
    [
        ("AL-ASSAD, Zuhair", {1}),  # zuhair al assad
        ("Omar EL MASRI", {1}),
        ("Abd al-Rahman", {1}),
        ("AR-RAHMAN, Omar", {1}),  # assimilated: r of rahman
        ("ASH-SHAMI, Omar", {1}),
        ("AS-SAYYID, Sarah", {1}),
    ],
)
def test_articles_before_their_word_are_found(name: str, positions: set[int]) -> None:
    assert prepare_name(name, "Person").articles == positions


@pytest.mark.parametrize(
    "name",
    [
        "AR SMITH, Omar",  # ar before a word not starting with r is not an article
        "Hassan AL",  # an article needs a word after it
        "AN TRAN",  # an before tran: not assimilated
    ],
)
def test_other_words_are_not_articles(name: str) -> None:
    assert prepare_name(name, "Person").articles == frozenset()


def test_articles_are_looked_for_among_name_words_only() -> None:
    assert article_positions(("omar", "al", "assad"), 2) == frozenset()
    assert article_positions(("omar", "al", "assad"), 3) == {1}
    assert prepare_name("AL-ASSAD SHIPPING", "Vessel").articles == frozenset()
