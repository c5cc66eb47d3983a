"""Business words of Russian company names, romanised, and their English renderings.

Russian companies are listed and known under both: ``AO ZAVOD METEOR`` and ``JOINT STOCK
COMPANY METEOR PLANT``, ``AO VTB LIZING`` and ``VTB LEASING``, ``NAUCHNO-PROIZVODSTVENNOE
PREDPRIYATIE PRIMA`` and ``RESEARCH & PRODUCTION ENTERPRISE PRIMA``. Spelling cannot pair
``zavod`` with ``plant``, so the words of each group below pair as variants of one word (as
nicknames do for people), in organisation names only. The romanised words are listed in their
common inflections and spellings (``proizvodstvennoe``, ``proizvodstvennoye``,
``proizvodstvenny``…). This is a glossary of the words companies are made of, not translation:
the distinctive words of a name (``METEOR``, ``PRIMA``) still have to match. The English words
of a group are the renderings translators use for one Russian word (``aviatsionny`` is
``aviation`` or ``aircraft``, ``zavod`` ``plant``, ``factory`` or ``works``), so they pair with
each other too; generic English words with other senses are left out (``building`` for
``stroitelnaya``: ``NATIONAL BUILDING COMPANY`` is not ``National Construction``).
"""

from __future__ import annotations

from functools import lru_cache

from listwatch.text.word_groups import WordGroups

__all__ = ["business_word_groups", "business_word_variants"]

#: One group per line: the English words first, then the romanised Russian ones.
_GROUPS = """
plant factory works zavod zavoda zavody kombinat kombinata
leasing lizing lizingovaya lizingovoi lizingovoy lizingovaia
holding kholding kholdinga kholdingovaya
concern kontsern kontserna koncern
center centre tsentr tsentra centr
institute institut instituta
company kompaniya kompania kompanii kompaniia
group gruppa gruppy
management menedzhment upravlyayushchaya upravlyayushchiy upravlyayushchei upravlyayushaya
research scientific nauchno nauchnyi nauchny nauchnyy nauchnaya nauchnoe issledovatelskiy
    issledovatelski issledovatelskii issledovatelsky issledovatelskogo issledovatelskaya
production manufacturing proizvodstvennoe proizvodstvennoye proizvodstvenny proizvodstvennyi
    proizvodstvennyy proizvodstvennaya proizvodstvennogo
enterprise predpriyatie predpriyatiye predpriiatie predpriyatiya
association obedinenie obyedinenie obedineniye obyedineniye obedinenye obyedinenye obedineniya
    obyedineniya
construction stroitelnaya stroitelnoe stroitelnoye stroitelny stroitelnyi stroitelnyy
export eksport eksportnyi eksportny eksportnyy eksportnaya eksportnoe
russian rossiiskii rossiyskiy rossiysky rossiski rossiskii rossiiskaya rossiyskaya rossiiskoe
    rossiyskoye
national natsionalny natsionalnyi natsionalnyy natsionalnaya natsionalnoe
state gosudarstvenny gosudarstvennyi gosudarstvennyy gosudarstvennaya gosudarstvennoe
    gosudarstvennoye
federal federalnoe federalnoye federalny federalnyi federalnaya
design konstruktorskoe konstruktorskoye konstruktorsky konstruktorskoy konstruktorskoi
bureau byuro biuro
shipyard sudoremontny sudoremontnyi sudoremontnyy sudostroitelny sudostroitelnyi
    sudostroitelnyy sudostroitelnaya verf
aviation aircraft aviatsionny aviatsionnyi aviatsionnyy aviatsionnaya aviatsionnoe
private chastnaya chastnoe chastnyi chastny
military voennaya voennoe voennyi voyennaya voyennoye voennyy
transport transportnaya transportnoe transportny transportnyi transportnyy
trading torgovy torgovyi torgovyy torgovaya torgovoe
fund foundation fond
technology technologies tekhnologii tekhnologiya tekhnologiy
engineering inzhiniring
service services servis
system systems sistema sistemy
electronics elektronika elektroniki
"""
#: Group ids start here, apart from the nickname groups' (people only, but one tuple slot).
_FIRST_ID = 1_000_000


@lru_cache(maxsize=1)
def _table() -> WordGroups:
    lines = _GROUPS.replace("\n    ", " ").strip().splitlines()
    return WordGroups((line.split() for line in lines), _FIRST_ID)


def business_word_groups(token: str) -> frozenset[int]:
    """The glossary groups of a normalised token (empty for most)."""
    return _table().groups(token)


def business_word_variants(token: str) -> set[str]:
    """The other words of the token's groups (``zavod`` → ``plant``, ``factory``…)."""
    return _table().variants(token) - {token}
