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

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HARD = frozenset('.,;:!?()[]{}"“”«»„|\\•–—…')
_JOIN_RE = re.compile("^(?:-[ \t]*\r?\n[ \t]*|\u00ad)$")
_POSSESSIVE = frozenset({"'s", "’s", "'S", "’S"})

_CACHE: dict[str, tuple[str, ...]] = {}
_CACHE_MAX = 1 << 18


def _normal(raw: str) -> tuple[str, ...]:
    found = _CACHE.get(raw)
    if found is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        found = _CACHE[raw] = tuple(token for token, _, _ in words(raw))
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
    if gap == " ":
        return False
    if "\n" in gap and gap.count("\n") > 1 and not gap.strip(" \t\r\n-"):
        return True  # a blank line
    return any(char in _HARD and not (char == "." and prev_len <= 2) for char in gap)


class _Lines:
    """Whether the current line is written in one case only (tokens come in text order)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = -1
        self.found = False

    def caseless(self, pos: int) -> bool:
        if pos > self.end:
            text = self.text
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            self.end = end if end >= 0 else len(text)
            line = text[start : self.end]
            self.found = line == line.lower() or line == line.upper()
        return self.found


def tokenize_text(text: str) -> TextTokens:
    """The tokens of ``text`` with their offsets, capitalisation and breaks."""
    out = TextTokens(text)
    starts, ends, norms, cap, brk = out.starts, out.ends, out.norms, out.cap, out.brk
    lines = _Lines(text)
    prev_end = 0
    prev_len = 99
    cache = _CACHE
    for match in _WORD_RE.finditer(text):
        raw = match.group()
        start, end = match.span()
        if raw[-2:] in _POSSESSIVE and len(raw) > 3:
            raw = raw[:-2]
            end -= 2
        tokens = cache.get(raw) or _normal(raw)
        if not tokens:
            continue
        gap = text[prev_end:start]
        lower = raw[0].islower()
        if gap == " " or not norms:
            hard = False
        elif lower and len(tokens) == 1 and _JOIN_RE.match(gap):
            norms[-1] += tokens[0]
            ends[-1] = end
            prev_end, prev_len = end, 99
            continue
        else:
            hard = _hard_gap(gap, prev_len)
        may_start = not lower or lines.caseless(start)
        for n, token in enumerate(tokens):
            starts.append(start)
            ends.append(end)
            norms.append(token)
            cap.append(may_start)
            brk.append(hard and n == 0)
        prev_end, prev_len = end, len(raw)
    return out
