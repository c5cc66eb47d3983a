"""Words too common to carry a match, and prefixes that are not part of a name.

``COMMON_WORDS`` are generic business words, articles and particles in the languages of the
lists (``corp``, ``bank``, ``cartel``, ``trading``, ``the``, ``de``, ``al``, ``bin``…). They
still count when both names have them, but weigh :data:`COMMON_WEIGHT` instead of 1, so that
``First National Bank`` does not meet ``National Bank of Cuba`` on ``national bank``. When a
corpus of list names is at hand, :class:`listwatch.matching.TokenWeights` learns such weights
from how often each token occurs; this list is the default without one.
"""

from __future__ import annotations

__all__ = [
    "COMMON_WEIGHT",
    "COMMON_WORDS",
    "PERSON_TITLES",
    "VESSEL_PREFIXES",
    "base_weight",
    "is_common",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Weight of a common word, against 1.0 for an ordinary name word.
COMMON_WEIGHT = 0.25

COMMON_WORDS: frozenset[str] = _wordset(
    """
    the of and for in on at by a an to with und et e y i o da das do dos de del della der den
    des di du el la las le les los van von zu al el ul ad ud as an bin ibn bint ben abu um umm
    ould wa
    co company companies corp corporation inc limited ltd llc group groupe grupo gruppo holding
    holdings international intl global general national united bank banco banque banca cartel
    trading trade traders trader commercial commerce commercio enterprise enterprises industries
    industry industrial services service solutions logistics shipping marine maritime
    import imports export exports investment investments development technology technologies
    management partners associates brothers bros sons son fils freres ets establishment
    organization organisation foundation association society institute center centre agency
    office office ministry department committee council front movement party army brigade
    network union federation authority
    sherkat sherkate shirkat sharikat sharikah sharika sirketi ticaret sanayi
    """
)

#: Titles and honorifics dropped from the start of a person's name.
PERSON_TITLES: frozenset[str] = _wordset(
    """
    mr mrs ms miss dr prof sir dame lord lady sheikh shaikh sheik haji hajji hadji mullah mulla
    maulana maulvi sayed sayyid syed mawlana moulana mawlawi mawlavi molavi moulvi maulawi
    mowlavi mufti qari ustad ustadh ustaz
    """
)

#: Ship-type prefixes dropped from the start of a vessel's name (M/V, MT, SS, T/B, N/M, LNG…).
VESSEL_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("m", "v"),
    ("m", "t"),
    ("m", "s"),
    ("m", "y"),
    ("t", "b"),
    ("n", "m"),
    ("mv",),
    ("mt",),
    ("ms",),
    ("ss",),
    ("msv",),
    ("mfv",),
    ("fv",),
    ("lng",),
    ("lpg",),
    ("tb",),
    ("nm",),
)


def is_common(token: str) -> bool:
    """Whether ``token`` is too common to carry a match on its own."""
    return token in COMMON_WORDS


def base_weight(token: str) -> float:
    """Default weight of ``token`` without corpus statistics."""
    if token in COMMON_WORDS:
        return COMMON_WEIGHT
    if len(token) <= 2 and not token.isdigit():
        return 0.6
    return 1.0
