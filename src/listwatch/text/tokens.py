"""Tokenising a name by its schema: word order, annotations, legal forms, prefixes, numbers.

* A party label before a colon is dropped (``BENEFICIARY: Kalliosaari Trading Oy``).
* Text in parentheses is an annotation (``(Kakamega Branch)``): kept, but weighing little. (A
  former name in them, ``(ex-Cape Diamond)``, is split off before: it is a name of its own,
  :mod:`listwatch.text.former_names`.)
* Person: OFAC writes ``SURNAME, Given``; with exactly one comma the parts are swapped
  (``MADURO MOROS, Nicolas`` → given ``nicolas``, family ``maduro moros``), and so with a
  generational suffix after a second comma (``LAVILLA, Ruben Pestano, Jr.``). Such suffixes
  (``Jr``, ``Sr``, ``III``) are annotations; leading titles (``Dr``, ``Sheikh``) are dropped.
* Organisation-like and vessels: what follows the first comma is an annotation (a branch, an
  address, a port of registry) unless it is a legal form (``Acme, Inc.``), or what precedes it
  is one (``AO, KRIMTETS``). Legal forms are
  removed from both ends (:mod:`listwatch.text.legal_forms`); ship-type prefixes (``M/V``,
  ``MT``) and ``No.`` before a number are dropped from vessel names, and a voyage number
  (``V.214W``) from the end of any of these names.
* Numbers are written as digits: number words (``three``) always, Roman numerals (``II``)
  except in person names, and ``I`` only as the last word (inside a name it is the Persian and
  Urdu connector: ``LASHKAR-I-TAIBA``).
"""

from __future__ import annotations

import re

from listwatch.text.common_words import PERSON_TITLES, VESSEL_PREFIXES
from listwatch.text.legal_forms import is_legal_form, legal_form_span
from listwatch.text.normalize import word_starts, words, written_words

__all__ = ["NameTokens", "tokenize_name"]

_LABEL_RE = re.compile(r"^\s*([^:]{1,40}):\s*(?=\S)")
_PAREN_RE = re.compile(r"[(\[{]([^)\]}]*)[)\]}]?")
_COMMA_RE = re.compile("[,،;]")
#: A voyage number after a ship's name in trade documents (``V.214W``, ``VOY. 12``).
_VOYAGE_RE = re.compile(
    r"\s(?:V\.|VOY\b\.?|VOYAGE\b)\s*(?:\d{2,4}[NSEW]?|\d[NSEW])\s*$", re.IGNORECASE
)
#: Where a non-person name gives way to an annotation: a comma, a spaced dash, "c/o".
_TAIL_RE = re.compile(r"[,،;]|\s[-–—]\s|\sc/o\s", re.IGNORECASE)
#: Ship-type prefixes written with a slash or dots, dropped from any non-person name.
_SLASH_PREFIXES = (("m", "v"), ("m", "t"), ("t", "b"), ("n", "m"))
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "first": "1",
    "second": "2", "third": "3",
}  # fmt: skip
_ROMAN = {
    "i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8",
    "ix": "9", "x": "10", "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15",
}  # fmt: skip
#: Generational suffixes of a person's name (``LAVILLA, Ruben Pestano, Jr.``): annotations.
_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii"})
_ORG_SCHEMATA = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})


class NameTokens:
    """The tokens of one name, with the script of each, its annotations and legal forms."""

    __slots__ = ("annotations", "given", "legal_forms", "scripts", "tokens", "whole")

    def __init__(
        self,
        tokens: list[str],
        scripts: list[str],
        annotations: list[str],
        legal_forms: list[str],
        whole: list[str] | None = None,
        given: int = 0,
    ) -> None:
        self.tokens = tokens
        self.scripts = scripts
        self.annotations = annotations
        self.legal_forms = legal_forms
        #: The name tokens before legal forms were removed (``jsc argument``).
        self.whole = tokens if whole is None else whole
        #: How many leading tokens are known to be given names: those written after the
        #: comma of ``SURNAME, Given Names`` (0 when the name does not say).
        self.given = given


def _words(text: str) -> tuple[list[str], list[str]]:
    return _columns(words(text))


def _flattened(
    written: list[tuple[tuple[str, str, str], ...]],
) -> tuple[list[str], list[str]]:
    """The tokens and scripts of :func:`written_words`' words, in order."""
    return _columns([token for word in written for token in word])


def _columns(triples: list[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """The tokens and the scripts of ``(token, script, raw)`` triples."""
    return [t for t, _, _ in triples], [s for _, s, _ in triples]


def _drop_prefix(tokens: list[str], scripts: list[str], schema: str) -> int:
    """How many leading tokens are a title (people) or a ship-type prefix (vessels)."""
    if schema == "Person":
        count = 0
        while count < len(tokens) - 1 and tokens[count] in PERSON_TITLES:
            count += 1
        return count
    prefixes = VESSEL_PREFIXES if schema == "Vessel" else _SLASH_PREFIXES
    for prefix in prefixes:
        size = len(prefix)
        if len(tokens) > size and tuple(tokens[:size]) == prefix:
            return size
    return 0


def _numeral(token: str, index: int, tokens: list[str]) -> bool:
    """Whether a Roman numeral token is a number: ``I`` only as the last word; inside a name it
    is the Persian and Urdu connector (``LASHKAR-I-TAIBA``)."""
    return token in _ROMAN and (token != "i" or index == len(tokens) - 1)


def _numbers(tokens: list[str], scripts: list[str], schema: str) -> tuple[list[str], list[str]]:
    out: list[str] = []
    out_scripts: list[str] = []
    for index, token in enumerate(tokens):
        nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == "no" and nxt.isdigit():
            continue  # "No. 8" → "8"
        if token in _NUMBER_WORDS and len(tokens) > 1:
            token = _NUMBER_WORDS[token]
        elif schema != "Person" and index > 0 and _numeral(token, index, tokens):
            token = _ROMAN[token]
        out.append(token)
        out_scripts.append(scripts[index])
    return out, out_scripts


def _may_end_in_voyage(text: str) -> bool:
    """Whether ``text`` ends as a voyage number does: in a digit, or a digit and a letter."""
    end = text.rstrip()
    return end[-1:].isdigit() or end[-2:-1].isdigit()


def tokenize_name(value: str, schema: str = "Person") -> NameTokens:
    """Split ``value`` into comparable tokens following the conventions of ``schema``."""
    # (Each pattern is tried only where the character it needs is there: most names have none.)
    text = _LABEL_RE.sub("", value, count=1) if ":" in value else value
    annotations: list[str] = []
    if "(" in text or "[" in text or "{" in text:
        for inner in _PAREN_RE.findall(text):
            annotations.extend(_words(inner)[0])
        text = _PAREN_RE.sub(" ", text)
    legal_forms: list[str] = []
    given = 0
    if schema == "Person":
        parts = _COMMA_RE.split(text)
        suffix = _words(parts[-1])[0] if len(parts) > 2 else []
        if suffix and _SUFFIXES.issuperset(suffix):
            annotations = suffix + annotations  # SURNAME, Given, Jr.
            parts = parts[:-1]
            text = ",".join(parts)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            # SURNAME, Given Names: the given names first, and known as such.
            given_names, given_scripts = _words(parts[1])
            surnames, surname_scripts = _words(parts[0])
            tokens, scripts = given_names + surnames, given_scripts + surname_scripts
            given = len(given_names)
        else:
            tokens, scripts = _words(text)
        if len(tokens) > 2 and not _SUFFIXES.isdisjoint(tokens[1:]):
            kept = [k for k, t in enumerate(tokens) if k == 0 or t not in _SUFFIXES]
            if kept[:given] != list(range(given)):
                given = 0  # a suffix among the given names: which words are which is unclear
            annotations = [t for k, t in enumerate(tokens) if k and t in _SUFFIXES] + annotations
            tokens, scripts = [tokens[k] for k in kept], [scripts[k] for k in kept]
        whole = tokens
    else:
        parts = _TAIL_RE.split(_VOYAGE_RE.sub("", text) if _may_end_in_voyage(text) else text)
        written = written_words(parts[0])
        tokens, scripts = _flattened(written)
        if len(parts) == 2 and tokens and is_legal_form(tokens) and parts[1].strip():
            legal_forms.append(" ".join(tokens))  # AO, KRIMTETS: the name after its form
            parts = [parts[1]]
            written = written_words(parts[0])
            tokens, scripts = _flattened(written)
        for tail in parts[1:]:
            tail_tokens = _words(tail)[0]
            if tail_tokens and is_legal_form(tail_tokens):
                legal_forms.append(" ".join(tail_tokens))
            else:
                annotations.extend(tail_tokens)
        whole = tokens
        if schema in _ORG_SCHEMATA:
            start, stop = legal_form_span(tokens, word_starts(written))
            forms = [" ".join(tokens[:start])] if start else []
            forms += [" ".join(tokens[stop:])] if stop < len(tokens) else []
            tokens, scripts = tokens[start:stop], scripts[start:stop]
            legal_forms = forms + legal_forms
    skip = _drop_prefix(tokens, scripts, schema)
    left = len(tokens) - skip
    tokens, scripts = _numbers(tokens[skip:], scripts[skip:], schema)
    # Titles dropped shift the given names; numbers joined or split leave them unknown.
    given = given - skip if given > skip and len(tokens) == left else 0
    if not tokens and annotations:
        tokens, annotations = annotations, []
        scripts = ["latin"] * len(tokens)
        given = 0
    return NameTokens(tokens, scripts, annotations, legal_forms, whole, given)
