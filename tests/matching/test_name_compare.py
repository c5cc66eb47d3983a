"""Name comparison: real name variants score high, different names low."""

from __future__ import annotations

import pytest

from listwatch.matching import DEFAULT_THRESHOLD, TokenWeights, compare, compare_names, name_compare
from listwatch.text.name_form import prepare_name

SAME = [
    ("MADURO MOROS, Nicolas", "Nicolás Maduro", "Person"),
    ("Владимир Путин", "Vladimir Putin", "Person"),
    ("Juan Pérez García", "Juan García Pérez", "Person"),
    ("Juan Pérez García", "Juan Pérez", "Person"),
    ("Juan Pérez", "Juan Pérez García", "Person"),
    ("AL-QAIDA", "Al Qaida", "Organization"),
    ("AL-QAIDA", "ALQAIDA", "Organization"),
    ("JSCARGUMENT", "JSC ARGUMENT", "Organization"),
    ("William Smith", "Bill Smith", "Person"),
    ("O'NEILL, John", "John O Neill", "Person"),
    ("Usama bin Laden", "Osama bin Ladin", "Person"),
    ("محمد بن سلمان", "Mohammed bin Salman", "Person"),
    ("Kim Jong Un", "김정은", "Person"),
    ("Mao Zedong", "毛泽东", "Person"),
    ("acheson", "آتشيسون", "Person"),
    ("Richard Nixon", "ריצ'רד ניקסון", "Person"),
    ("SINALOA CARTEL", "Cártel de Sinaloa", "Organization"),
    ("Kholmogrant-Stroy OOO", "Holmogrant-Stroi OOO", "Company"),
    ("Fengtai Plastic Products Co., Ltd.", "Fengtai Plastic Products Company Limited", "Company"),
    ("Harrowvane International Freight Services", "Harrowvane Intl Freight Svcs", "Company"),
    ("KERCHENSKIY PROLIV-3", "KERCHENSKY PROLIV 3", "Vessel"),
    ("M.V. Pelgarra Glory", "M/V PELGARRA GLORY", "Vessel"),
    ("Han Yu", "韩瑜", "Person"),
    ("ZHANG, Jiangping", "江平 张", "Person"),
    ("Mahdi Karimi", "مهدي كريمي", "Person"),
    ("SHAH KARAMI, Jamal", "SHAKARAMI, Jamal", "Person"),  # joined before KARAMI~SHAKARAMI
]  # fmt: skip

DIFFERENT = [
    ("Maria Garcia", "Maria Gonzalez", "Person"),
    ("First National Bank", "National Bank of Cuba", "Organization"),
    ("OCEAN STAR 2", "OCEAN STAR 3", "Vessel"),
    ("Varsk Global Trading LLC", "Tollmere Global Trading LLC", "Company"),
    ("Hamriya Moon", "Hamriya Sun", "Vessel"),
    ("Juan", "Juan Pérez García", "Person"),
    ("Vladimir Putin", "Vladimir Zelensky", "Person"),
    ("acheson", "جاميسون", "Person"),
    ("Ivan Petrov", "Иван Павлов", "Person"),
    ("Richard Nixon", "ריצ'רד ניומן", "Person"),
    ("Han Yu-ro", "韩瑜", "Person"),  # a syllable of the given name missing
    ("ZHANG, Jiangping", "建平 张", "Person"),  # jian ping run together is not jiangping
    ("Moghadam Karimi", "مهدي كريمي", "Person"),  # other consonants (mhdi/mghdm)
    ("Anna Tokareva", "Анна Корова", "Person"),  # skeletons one consonant apart (krv/tkrv)
    ("STANKOGOMEL", "STK", "Organization"),  # an abbreviation alone is not a match
    ("Abd al Rahman al Tikriti", "Abdelrahman", "Person"),  # joined, Tikriti left over
    ("Abdelrahman", "Abd al Rahman al Tikriti", "Person"),
    ("Ольга Фёдорова", "Olga Fedorovna KOVATIDI", "Person"),  # a surname is no patronymic
    ("Tong & Yang Inc.", "TONGBANG BANK", "Company"),  # a run one letter off a word
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "schema"), SAME)
def test_same_names_reach_the_threshold(a: str, b: str, schema: str) -> None:
    assert compare(a, b, schema).score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b", "schema"), DIFFERENT)
def test_different_names_stay_below_the_threshold(a: str, b: str, schema: str) -> None:
    assert compare(a, b, schema).score < DEFAULT_THRESHOLD


def test_translation_is_out_of_scope() -> None:
    # "Cartel of the Suns" is the English of "Cartel de los Soles": only "cartel" is shared.
    assert compare("Cartel of the Suns", "Cartel de los Soles", "Organization").score < 0.5


def test_scores_are_in_range_and_identical_names_score_one() -> None:
    assert compare("Hamas", "Hamas", "Organization").score == 1.0
    assert compare("", "Hamas", "Organization").score == 0.0


def test_same_order_scores_a_little_higher() -> None:
    same = compare("Juan Pérez García", "Juan Pérez García").score
    swapped = compare("Juan Pérez García", "Juan García Pérez").score
    assert swapped < same
    assert swapped >= DEFAULT_THRESHOLD


def test_unmatched_query_words_cost_more_than_unmatched_list_words() -> None:
    longer_query = compare("Juan Pérez García", "Juan Pérez").score
    longer_list = compare("Juan Pérez", "Juan Pérez García").score
    assert longer_list > longer_query


def test_explanation_names_the_pairs_and_the_leftovers() -> None:
    match = compare("MADURO MOROS, Nicolas", "Nicolás Maduro")
    explanation = match.explanation
    pairs = {(p.query, p.candidate): p.how for p in explanation.pairs}
    assert pairs == {("nicolas", "nicolas"): "exact", ("maduro", "maduro"): "exact"}
    assert explanation.unmatched_query == ["moros"]
    assert explanation.unmatched_candidate == []
    assert explanation.as_dict()["query"] == "MADURO MOROS, Nicolas"
    assert "-moros" in str(explanation)


def test_explanation_of_kinds() -> None:
    assert compare("William Smith", "Bill Smith").explanation.pairs[1].how == "nickname"
    assert compare("J. Smith", "John Smith").explanation.pairs[1].how == "initial"
    assert compare("Vladimir Putin", "Владимир Путина").explanation.pairs[1].how == "cross-script"
    notes = compare("OCEAN STAR 2", "OCEAN STAR 3", "Vessel").explanation.notes
    assert notes == ["numbers differ"]
    legal = compare("Acme GmbH", "Acme LLC", "Company").explanation.legal_forms
    assert legal == (["gmbh"], ["llc"])


def test_token_weights_from_a_corpus() -> None:
    corpus = [prepare_name(f"Mohammed {name}") for name in ("Ali", "Hassan", "Omar", "Saleh")]
    corpus += [prepare_name("Ahmad Rostamian")]
    weights = TokenWeights.from_names(corpus)
    assert weights.weight("mohammed") < weights.weight("rostamian")
    assert weights.weight("unseen") == 1.0
    q, c = prepare_name("Mohammed Rostamian"), prepare_name("Mohammed Hassan")
    assert compare_names(q, c, weights).score < compare_names(q, c).score
    assert len(weights.apply(q)) == len(q)
    assert TokenWeights.from_names([]).weight("x") == 1.0


def test_one_short_word_a_letter_apart_is_another_name() -> None:
    for a, b in [("VIAND", "VIANA"), ("LINNET", "KB LINES LIMITED"), ("AO MORION", "ORION LLC")]:
        match = compare(a, b, "Organization")
        assert match.score == name_compare.ONE_WORD_CAP
        assert "one word, spelled differently" in match.notes
    # Longer words, sounding alike, other words beside, or people: not capped.
    assert compare("ABSALYUTBANK", "ABSOLUTBANK", "Organization").score > DEFAULT_THRESHOLD
    assert compare("GAZPROM", "GASPROM", "Organization").score > DEFAULT_THRESHOLD
    assert compare("VIAND TRADING", "VIANA TRADING", "Organization").score > 0.7
    assert compare("AFIZ", "FAIZ", "Person").score > 0.7
    assert compare("SOABR", "SOBAR", "Vessel").score >= DEFAULT_THRESHOLD  # letters swapped


def test_pairs_alike_pair_in_order() -> None:
    match = compare("SAATI, Mohammed Ammar", "SAATI BIN MOHAMAD NAWZAD, Mohamad Ammar")
    assert "other word order" not in match.explanation.notes
    assert "father's name left out" in match.explanation.notes  # bin mohamad, not the name


def test_a_word_written_twice_pairs_where_its_neighbours_pair() -> None:
    match = compare("BIN LADIN, Usama", "BIN LADIN, Usama bin Muhammad bin Awad")
    assert match.explanation.unmatched_candidate == ["bin", "muhammad", "bin", "awad"]
    assert "father's name left out" in match.explanation.notes
    assert match.score >= DEFAULT_THRESHOLD
