"""The score ceiling never rules out a name the comparison would score at the floor or above."""

from __future__ import annotations

import itertools

import pytest

from listwatch.matching import TokenWeights, compare_names
from listwatch.matching.score_ceiling import QueryCeiling
from listwatch.text.name_form import form_schema, prepare_name

NAMES = [
    "MADURO MOROS, Nicolas", "Nicolás Maduro", "Nicolas Maduro Moros", "Владимир Путин",
    "Vladimir Putin", "Volodymyr Putin", "Juan Pérez García", "Juan García Pérez", "Juan Pérez",
    "AL-QAIDA", "Al Qaida", "ALQAIDA", "JSCARGUMENT", "JSC ARGUMENT", "ABED SHAHI",
    "ABEDSHAHI", "GHULAM REZA", "GHOLAMREZA", "William Smith", "Bill Smith", "W. Smith",
    "O'NEILL, John", "John O Neill", "Usama bin Laden", "Osama bin Ladin", "محمد بن سلمان",
    "Mohammed bin Salman", "Kim Jong Un", "김정은", "Mao Zedong", "毛泽东", "Han Yu", "韩瑜",
    "HAN YU-RO", "ZHANG, Jiangping", "江平 张", "Richard Nixon", "ריצ'רד ניקסון",
    "Mahdi Karimi", "مهدي كريمي", "OCEAN STAR 2", "OCEAN STAR 3", "JIT", "JUPITER",
    "Harrowvane International Freight Services", "Harrowvane Intl Freight Svcs",
    "Rosa Flores", "LIMITED LIABILITY COMPANY PSB-FOREKS", "Elia Rahimi", "Ilya Rakhimov",
    "Tren de Aragua", "TREN DE ARAGUA", "Cartel de los Soles", "Cartel of the Suns",
    "Ahmet Şahin", "Saeed Ahmed", "Ольга Лебедева", "Oleg Lebedev", "MS-13",
    "Mara Salvatrucha", "Amin Sherri", "Amin Shri", "Vladimirovich", "Volodymyrovych",
]  # fmt: skip


def _weights() -> TokenWeights:
    """Weights from the names themselves, so that common words (``de``, ``bin``) weigh less."""
    return TokenWeights.from_names(prepare_name(n, "Person") for n in NAMES)


@pytest.mark.parametrize("schema", ["Person", "Organization"])
def test_no_name_that_could_reach_the_floor_is_ruled_out(schema: str) -> None:
    weights = _weights()
    forms = [prepare_name(n, form_schema(schema)) for n in NAMES]
    ruled_out = 0
    for q, c in itertools.product(forms, forms):
        qw, cw = weights.apply(q), weights.apply(c)
        score = compare_names(q, c, weights, q_weights=qw, c_weights=cw).score
        ceiling = QueryCeiling(q, qw)
        assert ceiling.ceiling(c, cw) >= score - 1e-9 or ceiling.could_reach(c, cw, 1.0), (
            q.original,
            c.original,
        )
        for floor in (0.5, 0.7, 0.8):
            if not ceiling.could_reach(c, cw, floor):
                ruled_out += 1
                assert score < floor, (q.original, c.original, floor, score)
    assert ruled_out > len(forms) ** 2  # the bound does rule most pairs out


def test_joined_names_are_never_ruled_out() -> None:
    weights = _weights()
    q, c = prepare_name("JSCARGUMENT", "Organization"), prepare_name("JSC ARGUMENT", "Organization")
    assert QueryCeiling(q, weights.apply(q)).could_reach(c, weights.apply(c), 0.99)
    q, c = prepare_name("GHULAM REZA", "Person"), prepare_name("GHOLAMREZA", "Person")
    assert QueryCeiling(c, weights.apply(c)).could_reach(q, weights.apply(q), 0.8)


def test_unrelated_names_are_ruled_out() -> None:
    weights = _weights()
    q, c = prepare_name("Rosa Flores", "Person"), prepare_name("PSB-FOREKS", "Person")
    assert not QueryCeiling(q, weights.apply(q)).could_reach(c, weights.apply(c), 0.7)
