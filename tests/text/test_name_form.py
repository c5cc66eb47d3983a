"""Prepared names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from listwatch.text.name_form import prepare_name


def test_person_form() -> None:
    form = prepare_name("MADURO MOROS, Nicolás", "Person")
    assert form.tokens == ("nicolas", "maduro", "moros")
    assert form.joined == "nicolasmaduromoros"
    assert form.scripts == ("latin", "latin", "latin")
    assert len(form.features) == len(form) == 3


def test_organisation_form_keeps_its_legal_form_aside() -> None:
    form = prepare_name("JSC ARGUMENT", "Organization")
    assert form.tokens == ("argument",)
    assert form.legal_forms == ("jsc",)
    assert form.joined_whole == "jscargument"


def test_flags() -> None:
    form = prepare_name("J. Smith 3 (alias)", "Person")
    assert form.initial == (True, False, False, False)
    assert form.numeric == (False, False, True, False)
    assert form.annotation == (False, False, False, True)
    assert form.numbers == frozenset({"3"})
    assert prepare_name("محمد", "Person").abjad == (True,)


def test_common_words_weigh_less() -> None:
    form = prepare_name("Cartel de Sinaloa", "Organization")
    weights = dict(zip(form.tokens, form.weights, strict=True))
    assert weights["sinaloa"] > weights["cartel"]
    assert weights["sinaloa"] > weights["de"]


@given(st.text(max_size=60), st.sampled_from(["Person", "Organization", "Vessel", "Company"]))
def test_prepare_never_crashes(value: str, schema: str) -> None:
    form = prepare_name(value, schema)
    assert len(form.tokens) == len(form.weights) == len(form.features)
