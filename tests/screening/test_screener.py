"""Screening with real names: retrieval, name scoring, evidence features, explanations."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from listwatch.index import ScreeningIndex
from listwatch.matching.name_compare import DEFAULT_THRESHOLD, NameMatch, compare_names
from listwatch.screening import screener as screener_module
from listwatch.screening.query import make_query
from listwatch.screening.screener import Screener
from listwatch.text import NameForm
from tests.factories import make_entity, small_index


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(small_index())


def _ids(screener: Screener, name: str, **kwargs: str) -> list[str]:
    return [r.entity_id for r in screener.screen(make_query(name, **kwargs))]


def test_maduro_found_first_with_an_explanation(screener: Screener) -> None:
    (first, *_rest) = screener.screen(make_query("Nicolás Maduro"))
    assert first.entity_id == "us_ofac_sdn:22790"
    assert first.score >= DEFAULT_THRESHOLD
    explanation = first.to_dict()["explanation"]
    assert explanation["matched_name"] == "MADURO MOROS, Nicolas"
    assert {(p["query"], p["candidate"]) for p in explanation["tokens"]["pairs"]} >= {
        ("nicolas", "nicolas"),
        ("maduro", "maduro"),
    }


def test_common_names_and_generic_words_raise_no_alert(screener: Screener) -> None:
    assert _ids(screener, "Maria Garcia") == []
    assert _ids(screener, "First National Bank") == []
    assert _ids(screener, "Cartel del Golfo") == []


def test_other_scripts_and_orders(screener: Screener) -> None:
    assert _ids(screener, "Владимир Путин")[:1] == ["us_ofac_sdn:35096"]
    assert _ids(screener, "Vladimir Putin")[:1] == ["us_ofac_sdn:35096"]
    assert _ids(screener, "Ayman al-Zawahiri")[:1] == ["us_ofac_sdn:102"]
    assert _ids(screener, "Usama bin Muhammad bin Awad BIN LADIN")[:1] == ["us_ofac_sdn:104"]


def test_birth_date_evidence(screener: Screener) -> None:
    def score(**kwargs: str) -> float:
        (result,) = [
            r
            for r in screener.screen(make_query("Nicolas Maduro", **kwargs), include_below=True)
            if r.entity_id == "us_ofac_sdn:22790"
        ]
        return result.score

    plain = score()
    assert score(birth_date="1962-11-23") > score(birth_date="1962") > plain
    assert score(birth_date="1963-11-23") == pytest.approx(plain)  # a year off: neutral
    assert score(birth_date="1990-01-01") < plain - 0.15  # a conflict
    assert score(birth_date="1990-01-01") < DEFAULT_THRESHOLD


def test_country_and_gender_evidence(screener: Screener) -> None:
    def score(**kwargs: str) -> float:
        results = screener.screen(make_query("Nicolas Maduro", **kwargs), include_below=True)
        return next(r.score for r in results if r.entity_id == "us_ofac_sdn:22790")

    assert score(country="Venezuela") > score() > score(country="fr")
    assert score(gender="female") < score(gender="male")


def test_identifiers_confirm_and_contradict(screener: Screener) -> None:
    ship = screener.screen(
        make_query("OCEAN STAR", schema="Vessel", identifiers={"imo": "IMO 9187629"})
    )
    assert ship[0].entity_id == "us_ofac_sdn:9999"
    assert any(f.name == "identifier" and f.contribution > 0 for f in ship[0].features)
    conflicting = screener.screen(
        make_query("Nicolas Maduro", identifiers={"nationalId": "1234567"}), include_below=True
    )
    maduro = next(r for r in conflicting if r.entity_id == "us_ofac_sdn:22790")
    assert maduro.score < DEFAULT_THRESHOLD


def test_numbers_in_vessel_names_must_agree(screener: Screener) -> None:
    assert _ids(screener, "OCEAN STAR 3", schema="Vessel") == []
    assert _ids(screener, "OCEAN STAR 2", schema="Vessel") == ["us_ofac_sdn:9999"]


def test_weak_alias_is_discounted(screener: Screener) -> None:
    results = screener.screen(make_query("CDS", schema="Organization"), include_below=True)
    weak = next(r for r in results if r.entity_id == "us_ofac_sdn:11440")
    assert weak.matched_kind == "weakAlias"
    assert weak.score < 1.0
    strong = screener.screen(make_query("Cartel de Sinaloa", schema="Organization"))
    assert strong[0].entity_id == "us_ofac_sdn:11440"
    assert strong[0].score > weak.score


def test_a_person_does_not_match_a_company(screener: Screener) -> None:
    results = screener.screen(
        make_query("Banco Nacional de Cuba", schema="Person"), include_below=True
    )
    bank = next(r for r in results if r.entity_id == "us_ofac_sdn:306")
    assert bank.score < DEFAULT_THRESHOLD
    assert any(f.name == "schema" for f in bank.features)


def test_partial_two_part_name_needs_support_but_a_dropped_second_surname_does_not(
    screener: Screener,
) -> None:
    maduro = screener.screen(make_query("Nicolas Maduro"))
    assert maduro[0].entity_id == "us_ofac_sdn:22790"
    assert not any(f.name == "partial_name" for f in maduro[0].features)
    skipped = screener.screen(make_query("Juan Abrego"), include_below=True)
    abrego = next(r for r in skipped if r.entity_id == "us_ofac_sdn:100")
    assert any(f.name == "partial_name" for f in abrego.features)
    supported = screener.screen(make_query("Ayman Zawahiri"), include_below=True)
    zawahiri = next(r for r in supported if r.entity_id == "us_ofac_sdn:102")
    assert not any(f.name == "partial_name" for f in zawahiri.features)  # "al" is a particle


def test_indexed_retrieval_returns_what_exhaustive_scoring_returns(screener: Screener) -> None:
    exhaustive = Screener(screener.index, exhaustive=True)
    for name in [
        "Nicolás Maduro",
        "Владимир Путин",
        "Cartel de Sinaloa",
        "Maria Garcia",
        "OCEAN STAR 2",
        "Ayman al-Zawahiri",
        "National Bank of Cuba",
    ]:
        query = make_query(name)
        want = {r.entity_id for r in exhaustive.screen(query, limit=0)}
        assert {r.entity_id for r in screener.screen(query, limit=0)} == want


def test_a_repeated_name_is_compared_once_and_its_evidence_weighed_each_time() -> None:
    remembering = Screener(small_index())
    forgetting = Screener(small_index(), memo_size=0)
    queries = [
        make_query("Nicolas Maduro", birth_date="1962-11-23"),
        make_query("Nicolas Maduro", birth_date="1970-01-01"),
        make_query("Nicolas Maduro"),
    ]
    for query in queries:
        got = [r.to_dict() for r in remembering.screen(query)]
        assert got == [r.to_dict() for r in forgetting.screen(query)]
    assert len(remembering._memo) == 1 and not forgetting._memo
    # the birth date is weighed for every query: the other birth date rules the entry out
    assert [len(remembering.screen(q)) for q in queries] == [1, 0, 1]


def test_a_full_name_memo_forgets_its_oldest_name_first() -> None:
    screener = Screener(small_index(), memo_size=2)
    for name in ("Nicolas Maduro", "Maria Garcia", "Nicolas Maduro", "Ayman al-Zawahiri"):
        screener.screen(make_query(name))
    assert [key[0] for key in screener._memo] == ["Maria Garcia", "Ayman al-Zawahiri"]


def test_a_name_on_several_entries_is_compared_once_and_told_as_each_entrys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
    index.add(
        [
            make_entity("1", "Person", ("HAIDAMOUS, Joseph", "name")),
            make_entity("2", "Person", ("Haidamous, Joseph", "name"), birthDate="1975-04-02"),
        ],
        "2024-05-03",
    )
    screener = Screener(index.finish())
    calls: list[str] = []

    def counting(q: NameForm, c: NameForm, *args: Any, **kwargs: Any) -> NameMatch:
        calls.append(c.original)
        return compare_names(q, c, *args, **kwargs)

    monkeypatch.setattr(screener_module, "compare_names", counting)
    results = screener.screen(make_query("Joseph Haidamous", birth_date="1975-04-02"))
    assert len(calls) == 1
    by_id = {r.entity_id: r for r in results}
    assert by_id["us_ofac_sdn:2"].matched_name == "Haidamous, Joseph"
    assert by_id["us_ofac_sdn:2"].names.candidate == "Haidamous, Joseph"
    assert by_id["us_ofac_sdn:1"].names.candidate == "HAIDAMOUS, Joseph"
    # the evidence is each entry's own: only entry 2 has the query's birth date
    assert [f.name for f in by_id["us_ofac_sdn:2"].features].count("birth_date") == 1
    assert "birth_date" not in [f.name for f in by_id["us_ofac_sdn:1"].features]


def test_former_names_are_names_of_their_own() -> None:
    ship = make_entity("7001", "Vessel", ("WHEATLAND GLORY (ex-PACIFIC SOWER)", "name"))
    index = ScreeningIndex(("us_ofac_sdn@2025-01-01",))
    index.add([ship], "2025-01-01")
    screener = Screener(index.finish())
    (found,) = screener.screen(make_query("Pacific Sower", schema="Vessel"))
    assert (found.entity_id, found.score) == ("us_ofac_sdn:7001", 1.0)
    assert (found.matched_name, found.matched_kind) == ("PACIFIC SOWER", "previousName")
    (found,) = screener.screen(make_query("Wheatland Glory", schema="Vessel"))
    assert (found.matched_name, found.matched_kind) == ("WHEATLAND GLORY", "name")
    # A query naming a former name is screened under both of its names.
    (found,) = screener.screen(make_query("Blue Harvest (ex-Wheatland Glory)", schema="Vessel"))
    assert (found.entity_id, found.score) == ("us_ofac_sdn:7001", 1.0)


def test_names_spelled_alike_share_a_comparison_only_when_their_given_names_are_known_alike() -> (
    None
):
    index = ScreeningIndex(("us_ofac_sdn@2024-05-03",))
    index.add(
        [
            make_entity("1", "Person", ("AL-BATHALI, Mubarak Mushakhas Sanad", "name")),
            make_entity("2", "Person", ("Mubarak Mushakhas Sanad AL-BATHALI", "name")),
        ],
        "2024-05-03",
    )
    screener = Screener(index.finish())
    by_id = {
        r.entity_id: r
        for r in screener.screen(make_query("AL-BATHALI, Mubarak"), include_below=True)
    }
    # Only the list written SURNAME, Given Names says which words are given names.
    assert "middle names left out" in by_id["us_ofac_sdn:1"].names.notes
    assert "middle names left out" not in by_id["us_ofac_sdn:2"].names.notes
    assert by_id["us_ofac_sdn:1"].score > by_id["us_ofac_sdn:2"].score


class _RulingOut:
    """A score ceiling that says no name can reach the floor, and counts the names asked."""

    asked: ClassVar[list[str]] = []

    def __init__(self, q: NameForm, q_weights: tuple[float, ...]) -> None:
        pass

    def could_reach(self, c: NameForm, c_weights: tuple[float, ...], floor: float) -> bool:
        _RulingOut.asked.append(c.original)
        return False


def test_names_the_score_ceiling_rules_out_are_not_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counting(q: NameForm, c: NameForm, *args: Any, **kwargs: Any) -> NameMatch:
        calls.append(c.original)
        return compare_names(q, c, *args, **kwargs)

    monkeypatch.setattr(screener_module, "compare_names", counting)
    monkeypatch.setattr(screener_module, "query_ceiling", _RulingOut)
    _RulingOut.asked = []
    screener = Screener(small_index(), memo_size=0)
    assert screener.screen(make_query("Nicolas Maduro")) == []
    assert _RulingOut.asked and not calls
    # everything scored is wanted (floor 0), or every name compared: no ceiling is asked
    _RulingOut.asked = []
    below = screener.screen(make_query("Nicolas Maduro"), include_below=True)
    assert below[0].entity_id == "us_ofac_sdn:22790" and calls and not _RulingOut.asked
    calls.clear()
    exhaustive = Screener(small_index(), exhaustive=True, memo_size=0)
    assert exhaustive.screen(make_query("Nicolas Maduro"))[0].entity_id == "us_ofac_sdn:22790"
    assert calls and not _RulingOut.asked
