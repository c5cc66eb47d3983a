"""The nasab (son of, daughter of) in a name."""

from __future__ import annotations

import pytest

from listwatch.text import prepare_name
from listwatch.text.nasab import nasab_positions


@pytest.mark.parametrize(
    ("name", "positions"),
    [
        ("Usama bin Muhammad bin Awad", {(1, 2), (3, 4)}),
        ("TRABELSI, Mourad Ben Ali", {(1, 2)}),  # mourad ben ali trabelsi
        ("Siti binti Abdullah", {(1, 2)}),
    ],
)
def test_a_particle_and_the_name_after_it_are_found(
    name: str, positions: set[tuple[int, int]]
) -> None:
    assert prepare_name(name, "Person").nasab == positions


@pytest.mark.parametrize("name", ["Ben Smith", "Omar Bin", "Ali bin 2"])
def test_other_words_are_not_a_nasab(name: str) -> None:
    assert prepare_name(name, "Person").nasab == frozenset()


def test_a_particle_before_a_particle_is_not_a_nasab_of_its_own() -> None:
    assert nasab_positions(("ali", "bin", "ibn", "omar"), 4) == {(2, 3)}
    assert nasab_positions(("ali", "bin", "omar", "bakr"), 2) == frozenset()  # name words only


def test_organisations_have_no_nasab() -> None:
    assert prepare_name("BIN LADIN GROUP", "Organization").nasab == frozenset()
