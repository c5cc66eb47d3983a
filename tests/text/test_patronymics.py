"""Patronymics are recognised by their endings, in several romanisations."""

from __future__ import annotations

import pytest

from listwatch.text.name_form import prepare_name
from listwatch.text.patronymics import (
    is_patronymic,
    looks_like_family_name,
    patronymic_positions,
)


@pytest.mark.parametrize(
    "word",
    [
        "olegovich", "sergeyevich", "ivanovna", "sergeevna", "volodymyrovych", "ivanivna",
        "ryhoravich", "aliaksandrauna", "radschapowitsch", "radschapovitsch", "petrovitch",
        "ilinichna", "ilyich",
    ],
)  # fmt: skip
def test_patronymics(word: str) -> None:
    assert is_patronymic(word)


@pytest.mark.parametrize("word", ["ivan", "rogozin", "vich", "ovich", "tymoshenko", "ivanova"])
def test_other_words(word: str) -> None:
    assert not is_patronymic(word)


def test_positions_skip_short_names_and_the_first_word() -> None:
    assert patronymic_positions(("dmitry", "olegovich", "rogozin"), 3) == {1}
    assert patronymic_positions(("ivan", "petrovich"), 2) == set()  # a family name
    assert patronymic_positions(("abramovich", "roman", "arkadyevich"), 3) == {2}
    # One patronymic, right after the given name; the later one is the family name.
    assert patronymic_positions(("roman", "arkadyevich", "abramovich"), 3) == {1}
    # Annotations (after the name's own tokens) are not looked at.
    assert patronymic_positions(("a", "b", "c", "ivanovich"), 3) == set()


def test_a_turkic_patronymic_is_two_words() -> None:
    tokens = ("mekhti", "fikret", "oglu", "gafar", "zade")
    assert patronymic_positions(tokens, 5) == {1, 2}
    assert patronymic_positions(("leyla", "ilham", "qizi", "aliyeva"), 4) == {1, 2}
    assert patronymic_positions(("oglu", "ahmet"), 2) == set()


def test_only_person_names_have_patronymics() -> None:
    assert prepare_name("Владимир Владимирович Путин", "Person").patronymics == {1}
    assert prepare_name("Petrovich Ivanovich Stroy", "Organization").patronymics == set()


def test_family_names_are_told_from_patronymics() -> None:
    for word in ("fyodorova", "kuznetsov", "shevchenko", "pushkin", "kovalchuk", "vysotskaya"):
        assert looks_like_family_name(word), word
    for word in ("olegovich", "ivanovna", "olegovic", "dmitry"):
        assert not looks_like_family_name(word), word
