"""Former names written into a name: split off, each a name of its own."""

from __future__ import annotations

import pytest

from listwatch.text.former_names import split_former_names


@pytest.mark.parametrize(
    ("value", "current", "former"),
    [
        ("Wheatland Glory (ex-Pacific Sower)", "Wheatland Glory", ("Pacific Sower",)),
        ("NIKA (EX. NIKITA)", "NIKA", ("NIKITA",)),
        ("OCEAN (ex SEA; ex LAKE)", "OCEAN", ("SEA", "LAKE")),
        (
            "Gazprom Telekom, OOO (f.k.a. Zakrytoe Aktsionernoe Obshchestvo Gaztelekom)",
            "Gazprom Telekom, OOO",
            ("Zakrytoe Aktsionernoe Obshchestvo Gaztelekom",),
        ),
        ("JSC NIIP, f.k.a., Otkrytoe Obshchestvo NIIP", "JSC NIIP", ("Otkrytoe Obshchestvo NIIP",)),
        ("ACME; formerly known as BETA LLC", "ACME", ("BETA LLC",)),
        ("Acme Ltd [fka Beta Ltd]", "Acme Ltd", ("Beta Ltd",)),
    ],
)
def test_former_names_are_split_off(value: str, current: str, former: tuple[str, ...]) -> None:
    assert split_former_names(value) == (current, former)


def test_a_name_written_only_as_a_former_name_is_that_name() -> None:
    assert split_former_names("f.k.a. Sibirskaya Neftyanaya Kompaniya OAO") == (
        "Sibirskaya Neftyanaya Kompaniya OAO",
        (),
    )
    assert split_former_names("Formerly known as Novy Svet") == ("Novy Svet", ())


def test_a_marker_naming_nothing_is_dropped() -> None:
    assert split_former_names("Mohamed Aouani (formerly listed as)") == ("Mohamed Aouani", ())
    assert split_former_names("Abdul Baqi (previously listed as)") == ("Abdul Baqi", ())


@pytest.mark.parametrize(
    "value",
    [
        "EX-CLE C.A.",  # ex outside brackets is part of the name
        "EX-301",
        "FORMER JUNDALLAH OF IRAN",
        "Kakamega Traders Ltd (Kakamega Branch)",
        "MADURO MOROS, Nicolas",
        "Abu Bakr al-Jaziri (Previously listed as. In Arabic: Abu Bakr)",  # a note, not a name
    ],
)
def test_names_without_a_former_name_are_kept_whole(value: str) -> None:
    assert split_former_names(value) == (value, ())
