"""Text → normalised tokens with character offsets, for spotting names in free text.

Every word goes through the same normalisation as list names (:func:`listwatch.text.normalize.
words`: NFKC, case folding, transliteration, apostrophes), memoised per distinct word since the
vocabulary of a text repeats. Besides the token, each position records:

* ``cap``: whether the word may start a name. In a line that mixes upper and lower case, only
  words starting with a capital, a digit or a caseless letter (Arabic, Chinese…) may; in a line
  written all in lower case (or all in capitals) every word may.
* ``brk``: whether a hard break separates the token from the previous one: sentence or clause
  punctuation (``. , ; : ! ? ( ) " —``), a blank line. A hyphen, an apostrophe, a line break or
  ``&`` is soft, so ``AL-QAIDA`` and names split over two lines stay together; a full stop after
  a word of one or two letters (``J. Smith``, ``S.A.``) is soft too.

A word hyphenated at the end of a line (``Salva-`` / ``trucha``) or split by a soft hyphen is
joined back into one token when its second half starts in lower case. An English possessive
(``Maduro's``) is dropped from the word.
"""

from __future__ import annotations

import re

from listwatch.text.normalize import words

__all__ = ["TextTokens", "tokenize_text"]

#: Splits a text into gaps and words (the words captured): ``[gap, word, gap, …, word, gap]``.
_SPLIT_RE = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)")
_HARD = frozenset('.,;:!?()[]{}"“”«»„|\\•–—…')
_JOIN_RE = re.compile("^(?:-[ \t]*\r?\n[ \t]*|\u00ad)$")
_POSSESSIVE = frozenset({"'s", "’s", "'S", "’S"})

#: Per word as written: its tokens, its length without a possessive, whether it starts in
#: lower case.
_Word = tuple[tuple[str, ...], int, bool]
_CACHE: dict[str, _Word] = {}
_CACHE_MAX = 1 << 18


def _word(raw: str) -> _Word:
    """What a word of the text (a match of the word pattern) holds (memoised)."""
    found = _CACHE.get(raw)
    if found is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        word = raw[:-2] if raw[-2:] in _POSSESSIVE and len(raw) > 3 else raw
        tokens = tuple(token for token, _, _ in words(word))
        found = _CACHE[raw] = (tokens, len(word), raw[0].islower())
    return found


class TextTokens:
    """Parallel lists: ``norms[i]`` spans ``text[starts[i]:ends[i]]``."""

    __slots__ = ("brk", "cap", "ends", "norms", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.norms: list[str] = []
        self.cap: list[bool] = []
        self.brk: list[bool] = []

    def __len__(self) -> int:
        return len(self.norms)


def _hard_gap(gap: str, prev_len: int) -> bool:
    if "\n" in gap and gap.count("\n") > 1 and not gap.strip(" \t\r\n-"):
        return True  # a blank line
    return any(char in _HARD and not (char == "." and prev_len <= 2) for char in gap)


def _one_case(text: str, pos: int) -> tuple[bool, int]:
    """Whether the line holding ``pos`` is written in one case only, and where it ends."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end >= 0 else len(text)
    line = text[start:end]
    return line == line.lower() or line == line.upper(), end


def tokenize_text(text: str) -> TextTokens:
    """The tokens of ``text`` with their offsets, capitalisation and breaks."""
    out = TextTokens(text)
    starts, ends, norms, cap, brk = out.starts, out.ends, out.norms, out.cap, out.brk
    add_start, add_end, add_norm = starts.append, ends.append, norms.append
    add_cap, add_brk = cap.append, brk.append
    cache = _CACHE
    parts = _SPLIT_RE.split(text)
    pos = 0
    prev_end = -1  # none yet
    prev_len = 99
    line_end, one_case = -1, False  # the line of the last lower-case word
    for before, raw in zip(parts[::2], parts[1::2], strict=False):
        start = pos + len(before)
        pos = start + len(raw)
        tokens, size, lower = cache.get(raw) or _word(raw)
        if not tokens:
            continue
        end = start + size
        if prev_end < 0:
            hard = False
        else:
            gap = text[prev_end:start]
            if gap == " ":
                hard = False
            elif lower and len(tokens) == 1 and _JOIN_RE.match(gap):
                norms[-1] += tokens[0]
                ends[-1] = end
                prev_end, prev_len = end, 99
                continue
            else:
                hard = _hard_gap(gap, prev_len)
        if lower:
            if start > line_end:
                one_case, line_end = _one_case(text, start)
            may_start = one_case
        else:
            may_start = True
        if len(tokens) == 1:
            add_start(start)
            add_end(end)
            add_norm(tokens[0])
            add_cap(may_start)
            add_brk(hard)
        else:
            for n, token in enumerate(tokens):
                add_start(start)
                add_end(end)
                add_norm(token)
                add_cap(may_start)
                add_brk(hard and n == 0)
        prev_end, prev_len = end, size
    return out
