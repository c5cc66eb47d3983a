"""Candidate retrieval: what the index finds for a query's tokens."""

from __future__ import annotations

import pytest
from tests.factories import make_entity

from listwatch.index import ScreeningIndex, retrieval
from listwatch.text import prepare_name


def _index(*names: str) -> ScreeningIndex:
    index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
    index.add(
        [make_entity(str(n), "Person", (name, "name")) for n, name in enumerate(names)],
        "2024-05-03",
    )
    return index.finish()


def _retrieved(index: ScreeningIndex, query: str, floor: float = 0.7) -> list[str]:
    form = prepare_name(query, "Person")
    weights = index.weights.apply(form)
    found = index.tokens.candidates(form.tokens, form.phonetic, weights, form.joined, 48, floor)
    return [index.names[n].form.original for n in found]


def test_equal_one_edit_and_two_edit_tokens_are_found() -> None:
    index = _index("HAIDAMOUS, Joseph Ilya", "FADHIL, Mustafa Mohamed", "SMITH, John")
    assert "HAIDAMOUS, Joseph Ilya" in _retrieved(index, "Joseph Elia Haidamous")
    assert "FADHIL, Mustafa Mohamed" in _retrieved(index, "Mustafa Muhammad Fadil")
    assert _retrieved(index, "Maria Gonzalez") == []


def test_adjacent_query_tokens_meet_one_list_token() -> None:
    index = _index("ABEDSHAHI, Omid", "GARCIA, Juan")
    assert _retrieved(index, "Abed Shahi", floor=0.9) == ["ABEDSHAHI, Omid"]


def test_letters_run_together_meet_a_spaced_name() -> None:
    index = _index("AL QAIDA", "AL SHABAAB")
    assert _retrieved(index, "ALQAIDA", floor=0.9) == ["AL QAIDA"]


def test_nicknames_and_name_variants_are_found() -> None:
    index = _index("CLINTON, William", "ABRAMOV, Aleksandr")
    assert _retrieved(index, "Bill Clinton", floor=0.95) == ["CLINTON, William"]
    assert _retrieved(index, "Sasha Abramov", floor=0.95) == ["ABRAMOV, Aleksandr"]


def test_names_reached_only_through_unpaired_tokens_are_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    others = [f"HAIDAMOUS, Joseph {word}" for word in ("Karam", "Nabil", "Fadi", "Rami", "Sami")]
    index = _index("HAIDAMOUS, Joseph Ilya", *others)
    # Elya/Ilya are one edit apart (found); Elya/Karam… only might pair (not found).
    assert len(_retrieved(index, "Joseph Elya Haidamous", floor=0.5)) == 6
    monkeypatch.setattr(retrieval, "UNSEEN_CANDIDATES", 2)
    found = _retrieved(index, "Joseph Elya Haidamous", floor=0.5)
    assert found[0] == "HAIDAMOUS, Joseph Ilya" and len(found) == 3


def test_of_names_reached_only_through_unpaired_tokens_those_spelled_alike_come_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    others = [f"{word}, Amin" for word in ("KARAMI", "NABILI", "FADAVI", "RAMINI", "SAMADI")]
    index = _index("BARAKAT, Amin", *others)
    monkeypatch.setattr(retrieval, "UNSEEN_CANDIDATES", 2)
    # Barakeh/Barakat are two edits apart: neither they nor Barakeh/Karami… are found; the
    # name spelled most like the query is compared first.
    assert _retrieved(index, "Amin Barakeh", floor=0.6)[0] == "BARAKAT, Amin"
    monkeypatch.setattr(retrieval, "UNSEEN_POOL", 2)  # ranked by bound alone, then spelling
    assert "BARAKAT, Amin" not in _retrieved(index, "Amin Barakeh", floor=0.6)


def test_tokens_whose_sound_is_one_edit_away_are_found() -> None:
    index = _index("SAKULIN, Alexander", "GHAVAMIN, Reza", "HASSAN, Mohamed", "SALAH, Maria")
    assert _retrieved(index, "Alexander Shackutin", floor=0.9) == ["SAKULIN, Alexander"]
    assert _retrieved(index, "Reza Qavvamin", floor=0.9) == ["GHAVAMIN, Reza"]
    # a four-letter key only when the word has letters its key leaves out: ahsan/asan ~ hasan,
    # not sara ~ salah/sala
    assert _retrieved(index, "Mohamed Ahsan", floor=0.9) == ["HASSAN, Mohamed"]
    assert _retrieved(index, "Maria Sara", floor=0.9) == []


def test_two_query_tokens_nearly_spelling_one_list_token_are_found() -> None:
    index = _index("MAHMOUDI, Gholamreza", "SMITH, John")
    assert _retrieved(index, "Ghulam Reza Mahmoudi", floor=0.9) == ["MAHMOUDI, Gholamreza"]


def test_a_business_word_finds_its_rendering() -> None:
    index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
    plant = make_entity("1", "Organization", ("JOINT STOCK COMPANY METEOR PLANT", "name"))
    index.add([plant], "2024-05-03")
    index.finish()
    query = prepare_name("ZAVOD METEOR", "Organization")
    assert "plant" in index.tokens.similar_tokens("zavod", query.phonetic[0])
    weights = index.weights.apply(query)
    found = index.tokens.candidates(query.tokens, query.phonetic, weights, query.joined, 48, 0.7)
    assert [index.names[n].form.original for n in found] == ["JOINT STOCK COMPANY METEOR PLANT"]


def test_list_words_that_adjacent_query_words_spell_are_remembered_once() -> None:
    index = _index("ABEDSHAHI, Omid", "GARCIA, Juan")
    run_together = retrieval._RUN_TOGETHER
    assert _retrieved(index, "Abed Shahi", floor=0.9) == ["ABEDSHAHI, Omid"]
    assert _retrieved(index, "Omid Abed Shahi", floor=0.9) == ["ABEDSHAHI, Omid"]
    remembered = [key for key in index.tokens._arrays if key[1] == run_together]
    assert remembered == [("abedshahi", run_together)]
