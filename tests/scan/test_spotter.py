"""The spotter's walk: windows, names posted under a shared token, long names, one-edit
look-ups (invented names in a tiny index, so that weights and postings are easy to follow)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from listwatch.index import ScreeningIndex
from listwatch.model import Entity
from listwatch.scan import Spotter, tokenize_text
from listwatch.scan.spotter import MIN_COVERAGE

NAMES = [
    ("Organization", "KORVEL MANTRIS"),
    ("Organization", "TARVOK BELQUIN DASTREM FOLGARD HESPIRU ZELMIR"),
    ("Organization", "ISLAMIC STATE OF IRAQ AND THE LEVANT"),
    ("Organization", "STATE SECURITY DEPARTMENT"),
    ("Organization", "STATE ORCHESTRA TRUST"),
    ("Person", "SALEH SALEH"),
    ("Person", "GARVISH ELMONTE"),
]


@pytest.fixture(scope="module")
def spotter() -> Spotter:
    entities = []
    for number, (schema, value) in enumerate(NAMES):
        entity = Entity("us_ofac_sdn", str(number), schema)
        entity.add_name(value, "name")
        entity.add("program", "TEST")
        entities.append(entity)
    index = ScreeningIndex(("us_ofac_sdn@2021-07-07",))
    index.add(entities, "2021-07-07")
    return Spotter(index.finish())


def _spans(spotter: Spotter, text: str, coverage: float = MIN_COVERAGE) -> set[tuple[str, str]]:
    """``(span of the text, list name)`` of every candidate."""
    tt = tokenize_text(text)
    index = spotter.index
    return {
        (text[tt.starts[lo] : tt.ends[hi]], index.form_text[index.name_form[name_no]])
        for lo, hi, name_no in spotter.candidates(tt, coverage)
    }


def test_window_is_the_names_length_plus_one(spotter: Spotter) -> None:
    # Two words: the other word at most three positions away, skipped words included.
    assert _spans(spotter, "Korvel met the Mantris.") == {
        ("Korvel met the Mantris", "KORVEL MANTRIS")
    }
    assert _spans(spotter, "Korvel met with the Mantris.") == set()
    # Six words: up to seven positions away (a window wider than the quick look-around).
    six = "TARVOK BELQUIN DASTREM FOLGARD HESPIRU ZELMIR"
    assert _spans(spotter, "Tarvok said it then met them in Zelmir") == {
        ("Tarvok said it then met them in Zelmir", six)
    }
    assert _spans(spotter, "Tarvok said it then met all them in Zelmir") == set()


def test_a_name_is_not_sought_across_a_hard_break(spotter: Spotter) -> None:
    assert _spans(spotter, "Korvel said. Mantris said.") == set()


def test_names_posted_under_a_shared_frequent_token(spotter: Spotter) -> None:
    # "state" is a frequent word: three names share it; only those whose other words are near
    # are candidates.
    found = _spans(spotter, "The State Security Department of Iraq.", coverage=0.6)
    assert found == {("State Security Department", "STATE SECURITY DEPARTMENT")}
    assert _spans(spotter, "The State said so.") == set()


def test_long_names(spotter: Spotter) -> None:
    text = "Fighters of the Islamic State of Iraq and the Levant fled."
    found = _spans(spotter, text, coverage=0.8)
    assert ("Islamic State of Iraq and the Levant", "ISLAMIC STATE OF IRAQ AND THE LEVANT") in found


def test_a_name_repeating_its_word(spotter: Spotter) -> None:
    assert _spans(spotter, "Funds for Saleh Saleh today.") == {("Saleh Saleh", "SALEH SALEH")}
    assert _spans(spotter, "Funds for Saleh today.") == set()


def test_one_edit_away(spotter: Spotter) -> None:
    assert _spans(spotter, "Garvish Elmonte", coverage=0.8) == {
        ("Garvish Elmonte", "GARVISH ELMONTE")
    }
    assert _spans(spotter, "Garvesh Elmont", coverage=0.8) == {
        ("Garvesh Elmont", "GARVISH ELMONTE")
    }


@st.composite
def _edited(draw: st.DrawFn) -> str:
    """A list token with one or two letters inserted, deleted or replaced."""
    token = draw(st.sampled_from(["garvish", "elmonte", "mantris", "korvel", "belquin"]))
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(token) - 1))
        letter = draw(st.sampled_from("aeiklmnrs"))
        inserted = token[:at] + letter + token[at:]
        deleted = token[:at] + token[at + 1 :]
        replaced = token[:at] + letter + token[at + 1 :]
        token = draw(st.sampled_from([inserted, deleted, replaced]))
    return token


@given(st.one_of(_edited(), st.text(alphabet="aeiklmnorstv", min_size=5, max_size=9)))
def test_one_edit_lookup_is_the_one_edit_neighbourhood(spotter: Spotter, token: str) -> None:
    known = spotter.index.tokens.token_weight
    expected = {t for t in spotter.vocab if t in known and Levenshtein.distance(t, token) <= 1}
    assert spotter._one_edit(token) == expected
