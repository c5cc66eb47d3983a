"""Unicode clean-up, case folding and transliteration of a name into Latin tokens.

The pipeline for one name: NFKC, casefold, drop invisible format characters, then per
whitespace-separated word: transliterate to ASCII (:mod:`listwatch.text.translit`), drop
apostrophes inside a word (``O'NEILL`` → ``oneill``; the French and Italian elisions ``d'`` and
``l'`` stay separate words), read ``&`` as ``and`` (``J & P`` is ``J AND P``), and split on
any other punctuation (``AL-QAIDA`` → ``al qaida``).
:func:`normalize` returns the tokens joined by one space, :func:`joined` without spaces
(``alqaida``), which lets ``JSCARGUMENT`` meet ``JSC ARGUMENT``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from listwatch.text.translit import SYLLABIC_SCRIPTS, transliterate_word

__all__ = ["clean", "joined", "normalize", "word_starts", "words", "written_words"]

_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e]")
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4\u055a"
_ELISION_RE = re.compile(r"\b([dl])[" + _APOSTROPHES + r"](?=\w)")
_APOSTROPHE_RE = re.compile("[" + _APOSTROPHES + "]")
_SPLIT_RE = re.compile(r"[^a-z0-9]+")


def clean(value: str) -> str:
    """NFKC, case-folded ``value`` without invisible characters, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", value).casefold()
    if not text.isascii():  # the invisible characters are none of them ASCII
        text = _INVISIBLE_RE.sub("", text)
    return " ".join(text.split())


def written_words(value: str) -> list[tuple[tuple[str, str, str], ...]]:
    """The tokens of each word of ``value`` as written (split at spaces), in order."""
    return [_word_tokens(raw) for raw in clean(value).split(" ") if raw]


def words(value: str) -> list[tuple[str, str, str]]:
    """``(token, script, raw)`` for every token of ``value``, in order.

    ``raw`` is the cleaned word (punctuation included) that the token came from, so that the
    tokenizer can see commas, parentheses and colons; ``script`` is the script it was written in.
    """
    return [token for word in written_words(value) for token in word]


def word_starts(written: list[tuple[tuple[str, str, str], ...]]) -> list[bool]:
    """For every token of :func:`written_words`, whether it begins a word as written
    (``STG-EKO`` gives ``stg``, which does, and ``eko``, which does not). Chinese, Japanese and
    Korean are written without spaces, one token per syllable: each begins a word
    (``株式会社八雲堂``)."""
    return [
        not k or script in SYLLABIC_SCRIPTS
        for word in written
        for k, (_token, script, _raw) in enumerate(word)
    ]


@lru_cache(maxsize=131072)
def _word_tokens(raw: str) -> tuple[tuple[str, str, str], ...]:
    """The tokens of one cleaned word (words repeat across names: computed once each)."""
    latin, script = transliterate_word(raw)
    latin = _ELISION_RE.sub(r"\1 ", latin)
    latin = _APOSTROPHE_RE.sub("", latin).replace("&", " and ")
    return tuple((token, script, raw) for token in _SPLIT_RE.split(latin) if token)


def normalize(value: str) -> str:
    """``value`` as lower-case ASCII tokens separated by one space (``"al qaida"``)."""
    return " ".join(token for token, _, _ in words(value))


def joined(value: str) -> str:
    """``value`` as one run of lower-case ASCII letters and digits (``"alqaida"``)."""
    return "".join(token for token, _, _ in words(value))
