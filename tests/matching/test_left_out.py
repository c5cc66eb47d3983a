"""Words left out as usage does (patronymics, middle names, articles, the nasab) weigh less."""

from __future__ import annotations

import pytest

from listwatch.matching import DEFAULT_THRESHOLD, compare, left_out


def _assert_counted_half(
    monkeypatch: pytest.MonkeyPatch, pairs: tuple[tuple[str, str], ...], note: str
) -> None:
    """Each pair matches with ``note``, and scores lower when what is left out weighs fully."""
    halved = [compare(query, listed) for query, listed in pairs]
    for match in halved:
        assert match.score >= DEFAULT_THRESHOLD, match
        assert note in match.explanation.notes
    monkeypatch.setattr(left_out, "LEFT_OUT", 1.0)
    for match, (query, listed) in zip(halved, pairs, strict=True):
        assert compare(query, listed).score < match.score - 0.04


def test_a_patronymic_left_out_counts_half(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = (
        ("Dmitry Rogozin", "ROGOZIN, Dmitry Olegovich"),
        ("Dmitry Olegovich Rogozin", "ROGOZIN, Dmitry"),
        ("Yulia Tymoshenko", "Yulia Volodymyrivna TYMOSHENKO"),
    )
    _assert_counted_half(monkeypatch, pairs, "patronymic left out")
    # The patronymic is not a skipped given name: "Dmitry Rogozin" is not a partial name.
    assert compare("Dmitry Rogozin", "Dmitry Olegovich Rogozin").skipped_inner_candidate_tokens == 0
    assert compare("Stephen Smith", "Stephen Edward Smith").skipped_inner_candidate_tokens == 1


def test_a_patronymic_pairs_with_a_misspelled_one_not_with_a_family_name() -> None:
    assert compare("Dmitry Olegovic Rogozin", "ROGOZIN, Dmitry Olegovich").score > 0.9
    unpaired = compare("Ирина Владимирова", "Irina Vladimirovna CHUBAROVA").explanation
    assert unpaired.unmatched_query == ["vladimirova"]


def test_a_family_name_written_like_a_patronymic_is_not_left_out() -> None:
    match = compare("Roman Arkadyevich", "ABRAMOVICH, Roman Arkadyevich")
    assert "patronymic left out" not in match.explanation.notes
    assert match.score < compare("Roman Abramovich", "ABRAMOVICH, Roman Arkadyevich").score


def test_two_different_patronymics_keep_their_weight() -> None:
    match = compare("Dmitry Ivanovich Rogozin", "ROGOZIN, Dmitry Olegovich")
    assert match.score < DEFAULT_THRESHOLD
    assert "patronymic left out" not in match.explanation.notes
    # Organisations have no patronymics.
    assert (
        "patronymic left out"
        not in compare(
            "Abramovich Petrovich Trading", "Abramovich Trading", "Organization"
        ).explanation.notes
    )


def test_given_names_left_out_after_the_comma_count_half(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = (
        ("AL-BATHALI, Mubarak", "AL-BATHALI, Mubarak Mushakhas Sanad"),
        ("CAZARES, Blanca", "CAZARES, Blanca Margarita"),
        ("HAMSHO, Mohammed Saber", "HAMSHO, Muhammad"),  # the query's own, the other way round
    )
    _assert_counted_half(monkeypatch, pairs, "middle names left out")


def test_an_article_left_out_counts_half(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = (
        ("AULAQI, Anwar Nasser", "AL-AULAQI, Anwar"),  # and the given name left out
        ("AL-ASSAD, Zuhair Tawfik", "ASSAD, Zuhair"),  # the query's own
    )
    _assert_counted_half(monkeypatch, pairs, "article left out")
    assert "article left out" in compare("Omar Rahman", "Omar AR-RAHMAN").explanation.notes


def test_a_nasab_left_out_counts_half(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = (
        ("TRABELSI, Mourad", "TRABELSI, Mourad Ben Ali"),
        ("Mourad Ben Ali Trabelsi", "TRABELSI, Mourad"),
    )
    _assert_counted_half(monkeypatch, pairs, "father's name left out")
    # Two different fathers' names are not usage: they keep their weight.
    other = compare("Mourad Ben Salah Trabelsi", "TRABELSI, Mourad Ben Ali")
    assert "father's name left out" not in other.explanation.notes
    spelled_apart = compare("Mourad bin Salah Trabelsi", "TRABELSI, Mourad ibn Ali")
    assert "father's name left out" not in spelled_apart.explanation.notes


def test_an_article_counts_fully_unless_its_word_is_the_same() -> None:
    match = compare("Mohammed Khaled Natsri", "Mohammed Khaled AL-MASRI")
    assert "article left out" not in match.explanation.notes
    assert "article left out" not in compare("Ahmad Hamdi", "AL-HAMZI, Ahmad").explanation.notes
    # In an organisation's name, a word alike across scripts is often another word.
    company = compare("FADDA TRADING", "القاعدة", "Organization")
    assert "article left out" not in company.explanation.notes
    assert (
        "article left out" in compare("QAIDA TRADING", "القاعدة", "Organization").explanation.notes
    )


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Carlos Alvarez", "MARTINEZ ALVAREZ, Carlos"),  # the first surname
        ("Juan David", "USUGA DAVID, Juan de Dios"),
        ("Francisco Gomez", "Francisco Jose RANGEL GOMEZ"),  # which words are given names?
        ("Stephen Smith", "STEPHEN EDWARD SMITH"),
        ("Wang Wen", "WANG, Wen Chou"),  # one Chinese given name
        ("Mubarak Sanad", "AL-BATHALI, Mubarak Mushakhas Sanad"),  # the family name
        ("Mubarak Ali Al-Bathali", "AL-BATHALI, Mubarak Mushakhas Sanad"),  # a query word unpaired
        ("HAMID, Abdul Latif", "HAMID, Abdul"),  # one name, Abdul Latif
    ],
)
def test_only_given_names_the_list_tells_apart_count_as_left_out(query: str, listed: str) -> None:
    assert "middle names left out" not in compare(query, listed).explanation.notes
