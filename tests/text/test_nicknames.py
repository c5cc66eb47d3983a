"""Nicknames and variants of given names."""

from __future__ import annotations

from listwatch.text.nicknames import nickname_groups, related_names


def test_english_nicknames_from_the_dataset() -> None:
    assert related_names("william", "bill")
    assert related_names("robert", "bob")


def test_hand_list_variants() -> None:
    assert related_names("alexander", "sasha")
    assert related_names("jose", "pepe")
    assert related_names("mohammed", "mohd")


def test_unrelated_names() -> None:
    assert not related_names("maria", "gonzalez")
    assert nickname_groups("zzzz") == frozenset()
