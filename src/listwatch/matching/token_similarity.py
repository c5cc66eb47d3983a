"""Similarity of two name tokens: exact, nickname, phonetic, initial, abbreviation, edit
distance, and across scripts (transliterated Cyrillic, Arabic, Hebrew, Chinese, Korean…).

A token pair's similarity is 1 for equal tokens, :data:`NICKNAME` for nicknames
(``bill``/``william``), :data:`PHONETIC` for equal phonetic keys, :data:`INITIAL` for an initial
against a word it starts, else an edit-distance similarity (rapidfuzz) of the tokens and of
their phonetic keys. Across scripts spellings differ more, so the raw similarity is rescaled so
that :data:`CROSS_SCRIPT_PIVOT` (Arabic, Hebrew: vowels unwritten) or the stricter
:data:`ALPHABET_PIVOT` (Cyrillic, Greek…: vowels written) maps onto the default threshold.
Arabic and Hebrew words are also compared on consonant skeletons (Arabic ones only when their
first consonants agree), Cyrillic and Greek ones on skeletons at a discount
(:data:`SKELETON_FACTOR`); a skeleton, having no vowels to absorb variation, must be nearly
equal (:data:`SKELETON_PIVOT`). Words whose consonant counts differ by more than
:data:`CONSONANT_SLACK` (abjads) or :data:`ALPHABET_CONSONANT_SLACK` do not pair across scripts
(``mhmdmhdi``/``mehdi``, ``kuznetsov``/``kusov``), nor do pairs credited below
:data:`MIN_CROSS_SCRIPT`. Within one script, pairs below :data:`MIN_SAME_SCRIPT`
do not pair except as an abbreviation (``intl``/``international``, ``corp``/``corporation``;
organisations only).
Two acronyms (short runs of consonants: ``rwk``, ``cjng``) pair only when equal: their letters
stand for words, not sounds. Numbers pair only with the same number. Similarities are memoised
(:func:`token_similarity`), since the same pairs recur across a screening run.

The score ceiling (:mod:`listwatch.matching.ceiling_kernel`) writes these rules again in C,
each giving at least what it gives here: a rule that gives more here must give more there.
"""

from __future__ import annotations

import math
import re

from rapidfuzz.distance import OSA, Levenshtein

from listwatch.text.name_form import TokenFeatures
from listwatch.text.translit import SYLLABIC_SCRIPTS

__all__ = [
    "ABBREVIATION",
    "CROSS_SCRIPT_PIVOT",
    "DEFAULT_THRESHOLD",
    "INITIAL",
    "NICKNAME",
    "PHONETIC",
    "SYLLABIC_SCRIPTS",
    "consonants",
    "first_consonant",
    "syllable",
    "token_similarity",
]

#: A score at or above this means "the same name" (one threshold for all lists and schemata).
DEFAULT_THRESHOLD = 0.80
NICKNAME = 0.9
PHONETIC = 0.95
INITIAL = 0.7
ABBREVIATION = 0.75
#: Least credit for two tokens written in different scripts to pair.
MIN_CROSS_SCRIPT = 0.72
#: Least raw edit similarity for two tokens written in the same script to pair.
MIN_SAME_SCRIPT = 0.75
#: Credit of two romanisations of one syllable (same consonants, other vowels).
SYLLABLE_VARIANT = 0.85
#: Raw cross-script similarity that counts as the default threshold.
CROSS_SCRIPT_PIVOT = 0.55
#: The same for scripts that write their vowels (Cyrillic, Greek…): spellings differ less.
ALPHABET_PIVOT = 0.6
#: Raw similarity of consonant skeletons that counts as the default threshold.
SKELETON_PIVOT = 0.62
#: Share of consonants two spellings of one word across scripts may differ by (at least one):
#: Arabic and Hebrew spellings leave more room (doubled letters, digraphs) than alphabets.
CONSONANT_SLACK = 0.5
ALPHABET_CONSONANT_SLACK = 0.34
BELOW_PIVOT_POWER = 4.0
#: Cyrillic, Greek… write vowels, so their consonant skeletons count for less.
SKELETON_FACTOR = 0.8


_sim = Levenshtein.normalized_similarity
_typo_sim = OSA.normalized_similarity

# How a token pair was made (explanations).
EXACT, NICK, PHON, INIT, ABBR, FUZZY, CROSS, MERGED = (
    "exact",
    "nickname",
    "phonetic",
    "initial",
    "abbreviation",
    "fuzzy",
    "cross-script",
    "joined",
)


def _rescale(raw: float, pivot: float) -> float:
    """Map ``raw`` so that ``pivot`` lands on the default threshold, 1 on 1, 0 on 0; below the
    pivot the credit falls steeply (:data:`BELOW_PIVOT_POWER`), so that a doubtful word does not
    carry a longer name over the threshold (``Petrov`` is not ``Павлов``)."""
    if raw >= pivot:
        return DEFAULT_THRESHOLD + (1.0 - DEFAULT_THRESHOLD) * (raw - pivot) / (1.0 - pivot)
    return DEFAULT_THRESHOLD * math.pow(raw / pivot, BELOW_PIVOT_POWER)


#: Token-pair similarities already computed: the same pairs recur across a screening run.
_CACHE: dict[tuple[TokenFeatures, TokenFeatures, bool], tuple[float, str]] = {}
#: Forgotten all at once when full: the pairs that recur are few and soon computed again, and
#: a larger memo costs each batch worker ~100 MB more (docs/benchmarks.md).
_CACHE_MAX = 1 << 18


def token_similarity(fa: TokenFeatures, fb: TokenFeatures, person: bool) -> tuple[float, str]:
    """Similarity and kind of two non-equal tokens, memoised in :data:`_CACHE` (except two
    plain words of one script, the commonest pair: cheaper to compare than to look up)."""
    if (
        fa[4] == fb[4]
        and fa[1] != fb[1]
        and not (fa[6] or fb[6] or fa[7] or fb[7])
        and fa[8].isdisjoint(fb[8])
    ):
        return _same_script(fa[0], fa[1], fb[0], fb[1], person, fa[4])
    key = (fa, fb, person)  # every feature counts: the memo must not depend on query order
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        found = _CACHE[key] = _similarity(fa, fb, person)
    return found


def _similarity(fa: TokenFeatures, fb: TokenFeatures, person: bool) -> tuple[float, str]:
    a, pa, ska, la, script_a, abjad_a, num_a, init_a, nick_a = fa
    b, pb, skb, lb, script_b, abjad_b, num_b, init_b, nick_b = fb
    if num_a or num_b:
        return 0.0, FUZZY
    if init_a or init_b:
        if a[0] == b[0] or (script_a != script_b and la[:1] == lb[:1]):
            return INITIAL, INIT
        return 0.0, INIT
    if nick_a & nick_b:
        return NICKNAME, NICK
    if script_a == script_b and _acronyms(a, b, script_a):
        # Letters of an acronym stand for words, not sounds: RWK is not RVC.
        return 0.0, FUZZY
    if pa == pb:
        return PHONETIC, PHON
    if script_a == script_b:
        return _same_script(a, pa, b, pb, person, script_a)
    if script_a in SYLLABIC_SCRIPTS or script_b in SYLLABIC_SCRIPTS:
        # A romanised Chinese, Korean or Japanese syllable is a whole name element: "ming" is
        # not "ping", "ju" not "jo". Only romanisation variants (yeong/yong, seon/son,
        # cheol/chol) pair.
        if syllable(a) == syllable(b):
            return SYLLABLE_VARIANT, CROSS
        return 0.0, CROSS
    abjad = abjad_a or abjad_b
    size_a, size_b = _consonant_count(a), _consonant_count(b)
    slack = CONSONANT_SLACK if abjad else ALPHABET_CONSONANT_SLACK
    if abs(size_a - size_b) > max(1, slack * max(size_a, size_b)):
        # Every script writes a name's consonants: a word with far more or fewer of them is
        # another word (mhdi/moghadam, kuznetsov/kusov), or several run together
        # (mhmdmhdi/mehdi).
        return 0.0, CROSS
    credit = _rescale(_sim(pa, pb), CROSS_SCRIPT_PIVOT if abjad else ALPHABET_PIVOT)
    skel = 0.0
    if abjad:
        if la and lb:
            if "arabic" in (script_a, script_b):
                # Plain consonants, not consonant classes: classes fold d/t/th and h/kh,
                # which makes unrelated names equal (hdith/htut) when vowels are missing.
                same_start = first_consonant(a) == first_consonant(b)
                skel = _sim(consonants(a), consonants(b)) if same_start else 0.0
            else:  # Hebrew letters stand for b/v, k/kh, p/f, s/sh: classes fit them
                skel = max(_sim(la, lb), _sim(ska, skb))
            skel = skel * 0.8 if min(len(la), len(lb)) < 2 else skel
    elif ska and skb:
        skel = SKELETON_FACTOR * _sim(ska, skb)
        skel = skel * 0.8 if min(len(ska), len(skb)) < 2 else skel
    if skel:
        # A skeleton has no vowels to absorb spelling variation: it must be near equal.
        credit = max(credit, _rescale(skel, SKELETON_PIVOT))
    return (credit if credit >= MIN_CROSS_SCRIPT else 0.0), CROSS


def _same_script(a: str, pa: str, b: str, pb: str, person: bool, script: str) -> tuple[float, str]:
    """Two words of ``script`` (neither a number, an initial, a nickname of the other nor
    sounding alike): edit similarity of the words and of their phonetic keys, or an
    abbreviation (organisations)."""
    # Typing swaps two letters (ABDUR/BADUR): one edit, as optimal string alignment counts it.
    raw = max(
        _typo_sim(a, b, score_cutoff=MIN_SAME_SCRIPT),
        _typo_sim(pa, pb, score_cutoff=MIN_SAME_SCRIPT),
    )
    if raw and not _acronyms(a, b, script):
        return raw, FUZZY
    if not person and (_abbreviates(a, b) or _abbreviates(b, a)):
        return ABBREVIATION, ABBR
    return 0.0, FUZZY


_VOWELS = re.compile("[aeiouy]")
#: Most letters an acronym spelled without vowels has (``jsc``, ``rvc``, ``cjng``).
ACRONYM_LETTERS = 4


def _acronyms(a: str, b: str, script: str) -> bool:
    """Whether two words of ``script`` are both acronyms: short runs of Latin consonants
    (``rwk``, ``cjng``). Words romanised from Arabic or Hebrew lack vowels too (``mhmd``): they
    are not acronyms."""
    return script == "latin" and _acronym(a) and _acronym(b)


def _acronym(token: str) -> bool:
    return 1 < len(token) <= ACRONYM_LETTERS and token.isalpha() and not _VOWELS.search(token)


_FIRST_CONSONANT = re.compile("[^aeiouy]")


def first_consonant(token: str) -> str:
    """The first consonant letter (a word's vowels may be unwritten, its consonants not)."""
    found = _FIRST_CONSONANT.search(token)
    return found.group() if found else ""


def consonants(token: str) -> str:
    """The token's first letter and its consonants (``muhammad`` → ``mhmmd``)."""
    return token[:1] + _VOWELS.sub("", token[1:]).replace("hh", "h")


_DIGRAPHS = re.compile(r"([a-z])\1|[sckgdtz]h|t[sz]")


def _consonant_count(token: str) -> int:
    """Consonant sounds of a romanised word: digraphs (``sh``, ``kh``, ``ts``) and doubled
    letters count once."""
    return len(consonants(_DIGRAPHS.sub(lambda m: m.group()[0], token)))


_ROMANISATION_VARIANTS = (("eo", "o"), ("eu", "u"), ("ae", "e"), ("wo", "o"), ("oo", "u"))


_CONSONANT_VARIANTS = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l"})


def syllable(token: str) -> str:
    """A romanised syllable with the spellings that Korean romanisation systems differ on
    folded: Revised Romanization ``eo``/``eu``/``ae``/``g``/``d``/``b``/``j``/``r`` against
    McCune-Reischauer ``o``/``u``/``e``/``k``/``t``/``p``/``ch``/``l`` (``gim``/``kim``,
    ``jeong``/``chong``). Other consonants stay: ``gwang`` is not ``jang``."""
    for long, short in _ROMANISATION_VARIANTS:
        token = token.replace(long, short)
    token = token.replace("zh", "j").replace("ch", "j").translate(_CONSONANT_VARIANTS)
    return token


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long``: a prefix (``corp`` corporation), or at most half
    as long with the same first and last letters and the others in order (``intl``
    international, ``mfg`` manufacturing, ``bros`` brothers, ``cia`` compania). ``star`` is not
    ``software``, nor ``indian`` ``indonesian``."""
    if len(short) < 3 or len(long) < len(short) + 2 or short[0] != long[0]:
        return False
    if long.startswith(short):
        return True
    if short[-1] != long[-1] or 2 * len(short) > len(long):
        return False
    pos = 1
    for char in short[1:]:
        pos = long.find(char, pos) + 1
        if not pos:
            return False
    return True
