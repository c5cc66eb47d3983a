"""Country names, demonyms and codes as lists write them, mapped to ISO 3166-1 alpha-2 (lower).

Built once from pycountry (the ISO 3166 data) plus the spellings the official lists use
(``Korea, North``, ``Burma``, ``Russia``, ``West Bank``…) and demonyms (``Venezuelan``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

__all__ = ["country_code", "country_name"]

_EXTRA: dict[str, str] = {
    "russia": "ru",
    "russian federation": "ru",
    "russian": "ru",
    "iran": "ir",
    "iranian": "ir",
    "iran islamic republic of": "ir",
    "syria": "sy",
    "syrian": "sy",
    "syrian arab republic": "sy",
    "north korea": "kp",
    "korea north": "kp",
    "dprk": "kp",
    "korea dprk": "kp",
    "democratic people s republic of korea": "kp",
    "korea democratic people s republic of": "kp",
    "north korean": "kp",
    "south korea": "kr",
    "korea south": "kr",
    "korea republic of": "kr",
    "korea": "kr",
    "south korean": "kr",
    "burma": "mm",
    "myanmar": "mm",
    "burmese": "mm",
    "venezuela": "ve",
    "venezuelan": "ve",
    "venezuela bolivarian republic of": "ve",
    "bolivia": "bo",
    "bolivian": "bo",
    "vietnam": "vn",
    "viet nam": "vn",
    "vietnamese": "vn",
    "laos": "la",
    "lao": "la",
    "tanzania": "tz",
    "moldova": "md",
    "macedonia": "mk",
    "north macedonia": "mk",
    "czech republic": "cz",
    "czechia": "cz",
    "turkey": "tr",
    "turkiye": "tr",
    "turkish": "tr",
    "congo democratic republic of the": "cd",
    "democratic republic of the congo": "cd",
    "congo kinshasa": "cd",
    "drc": "cd",
    "congo republic of the": "cg",
    "congo brazzaville": "cg",
    "congo": "cg",
    "cote d ivoire": "ci",
    "ivory coast": "ci",
    "west bank": "ps",
    "state of palestine": "ps",
    "former soviet union": "su",
    "gaza": "ps",
    "palestinian": "ps",
    "palestine": "ps",
    "palestinian territories": "ps",
    "occupied palestinian territory": "ps",
    "kosovo": "xk",
    "kosovar": "xk",
    "united states": "us",
    "usa": "us",
    "u s a": "us",
    "united states of america": "us",
    "american": "us",
    "u s": "us",
    "united kingdom": "gb",
    "uk": "gb",
    "great britain": "gb",
    "britain": "gb",
    "british": "gb",
    "england": "gb",
    "scotland": "gb",
    "the bahamas": "bs",
    "bahamas the": "bs",
    "gambia the": "gm",
    "the gambia": "gm",
    "micronesia": "fm",
    "brunei": "bn",
    "cape verde": "cv",
    "eswatini": "sz",
    "swaziland": "sz",
    "taiwan": "tw",
    "hong kong": "hk",
    "macau": "mo",
    "macao": "mo",
    "vatican": "va",
    "holy see": "va",
    "east timor": "tl",
    "timor leste": "tl",
    "saint kitts and nevis": "kn",
    "st kitts and nevis": "kn",
    "saint vincent and the grenadines": "vc",
    "st vincent and the grenadines": "vc",
    "saint lucia": "lc",
    "st lucia": "lc",
    "netherlands antilles": "an",
    "yugoslavia": "yu",
    "serbia and montenegro": "cs",
    "soviet union": "su",
    "ussr": "su",
    "crimea": "ua",
    "region crimea": "ua",
    "curacao": "cw",
    "sint maarten": "sx",
    "afghan": "af",
    "iraqi": "iq",
    "lebanese": "lb",
    "yemeni": "ye",
    "saudi": "sa",
    "saudi arabian": "sa",
    "pakistani": "pk",
    "somali": "so",
    "sudanese": "sd",
    "libyan": "ly",
    "egyptian": "eg",
    "jordanian": "jo",
    "kuwaiti": "kw",
    "qatari": "qa",
    "emirati": "ae",
    "uae": "ae",
    "chinese": "cn",
    "mexican": "mx",
    "colombian": "co",
    "cuban": "cu",
    "nicaraguan": "ni",
    "salvadoran": "sv",
    "el salvadoran": "sv",
    "guatemalan": "gt",
    "honduran": "hn",
    "panamanian": "pa",
    "peruvian": "pe",
    "ecuadorian": "ec",
    "argentine": "ar",
    "argentinian": "ar",
    "brazilian": "br",
    "chilean": "cl",
    "belarusian": "by",
    "belarus": "by",
    "ukrainian": "ua",
    "german": "de",
    "french": "fr",
    "spanish": "es",
    "italian": "it",
    "indian": "in",
    "indonesian": "id",
    "malian": "ml",
    "nigerian": "ng",
    "algerian": "dz",
    "tunisian": "tn",
    "moroccan": "ma",
    "kenyan": "ke",
    "ethiopian": "et",
    "eritrean": "er",
    "zimbabwean": "zw",
    "south sudanese": "ss",
    "central african": "cf",
    "filipino": "ph",
    "philippine": "ph",
    "japanese": "jp",
    "canadian": "ca",
    "australian": "au",
    "israeli": "il",
    "georgian": "ge",
    "armenian": "am",
    "azerbaijani": "az",
    "kazakh": "kz",
    "kazakhstani": "kz",
    "uzbek": "uz",
    "tajik": "tj",
    "kyrgyz": "kg",
    "turkmen": "tm",
    "bangladeshi": "bd",
    "sri lankan": "lk",
    "nepalese": "np",
    "cypriot": "cy",
    "greek": "gr",
    "bosnian": "ba",
    "serbian": "rs",
    "croatian": "hr",
    "montenegrin": "me",
    "albanian": "al",
    "bulgarian": "bg",
    "romanian": "ro",
    "latvian": "lv",
    "lithuanian": "lt",
    "estonian": "ee",
    "polish": "pl",
    "swiss": "ch",
    "austrian": "at",
    "dutch": "nl",
    "belgian": "be",
    "irish": "ie",
    "swedish": "se",
    "norwegian": "no",
    "danish": "dk",
    "finnish": "fi",
    "haitian": "ht",
    "dominican": "do",
    "jamaican": "jm",
    "paraguayan": "py",
    "uruguayan": "uy",
    "costa rican": "cr",
    "trinidadian": "tt",
    "guyanese": "gy",
    "surinamese": "sr",
    "belizean": "bz",
    "omani": "om",
    "bahraini": "bh",
    "tanzanian": "tz",
    "ugandan": "ug",
    "rwandan": "rw",
    "burundian": "bi",
    "congolese": "cd",
    "chadian": "td",
    "nigerien": "ne",
    "mauritanian": "mr",
    "senegalese": "sn",
    "guinean": "gn",
    "liberian": "lr",
    "sierra leonean": "sl",
    "ghanaian": "gh",
    "cameroonian": "cm",
    "gabonese": "ga",
    "angolan": "ao",
    "mozambican": "mz",
    "zambian": "zm",
    "malawian": "mw",
    "south african": "za",
    "namibian": "na",
    "botswanan": "bw",
    "malaysian": "my",
    "singaporean": "sg",
    "thai": "th",
    "cambodian": "kh",
    "mongolian": "mn",
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\(.*?\)", " ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2.lower()
        table[code] = code
        table[country.alpha_3.lower()] = code
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                table[_key(value)] = code
    for country in pycountry.historic_countries:
        old_code = getattr(country, "alpha_2", None)
        if old_code:
            table.setdefault(_key(country.name), str(old_code).lower())
    table.update(_EXTRA)
    return table


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """ISO alpha-2 code (lower case) for a country name, demonym or code; ``None`` if unknown."""
    if not text:
        return None
    key = _key(text)
    if not key:
        return None
    table = _table()
    if key in table:
        return table[key]
    # "Caracas, Venezuela" or "Kabul, Afghanistan": the country is the last part.
    tail = _key(text.split(",")[-1])
    return table.get(tail)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    return str(country.name) if country else code.upper()
