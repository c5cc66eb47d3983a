"""Common words weigh little."""

from __future__ import annotations

from listwatch.text.common_words import COMMON_WEIGHT, base_weight, is_common


def test_generic_business_words_are_common() -> None:
    for word in ("corp", "company", "bank", "cartel", "trading", "group", "international", "the"):
        assert is_common(word)
    assert not is_common("maduro")
    # Persian, Arabic and Turkish words for company, trade and industry.
    for word in ("sherkat", "sharikat", "sirketi", "ticaret", "sanayi"):
        assert is_common(word)


def test_weights() -> None:
    assert base_weight("cartel") == COMMON_WEIGHT
    assert base_weight("sinaloa") == 1.0
    assert base_weight("7") == 1.0
    assert base_weight("xu") < 1.0
