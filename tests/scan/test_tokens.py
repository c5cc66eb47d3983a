"""Text tokens: offsets, normalisation, breaks, line-end hyphens, capitalisation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from listwatch.scan import tokenize_text


def test_offsets_and_normalisation() -> None:
    text = "El Cártel del Golfo y Nicolás Maduro's gobierno"
    tt = tokenize_text(text)
    assert tt.norms == ["el", "cartel", "del", "golfo", "y", "nicolas", "maduro", "gobierno"]
    assert [text[s:e] for s, e in zip(tt.starts, tt.ends, strict=True)][5:7] == [
        "Nicolás",
        "Maduro",
    ]


def test_hyphenated_line_end_is_joined_and_hyphens_split() -> None:
    tt = tokenize_text("the Mara Salva-\ntrucha and AL-QAIDA")
    assert tt.norms == ["the", "mara", "salvatrucha", "and", "al", "qaida"]
    assert tt.text[tt.starts[2] : tt.ends[2]] == "Salva-\ntrucha"


def test_breaks_and_capitals() -> None:
    tt = tokenize_text("Said Maduro. Moros, J. Smith (MS-13)\n\nnext")
    assert tt.norms == ["said", "maduro", "moros", "j", "smith", "ms", "13", "next"]
    assert tt.brk == [False, False, True, True, False, True, False, True]
    assert tokenize_text("Said Maduro and the moros").cap == [True, True, False, False, False]
    assert all(tokenize_text("nicolas maduro moros").cap)  # a line in one case only


@given(st.text(max_size=200))
def test_offsets_always_point_into_the_text(text: str) -> None:
    tt = tokenize_text(text)
    for start, end in zip(tt.starts, tt.ends, strict=True):
        assert 0 <= start < end <= len(text)
