"""Which writing system a published name is in, as an ISO 15924 code (``Cyrl``, ``Arab``…).

Detected from the letters themselves (Unicode character names); a publisher's label ("Cyrillic",
"Persian", "Cryillic") is only the fallback, because lists mislabel scripts. Latin gives ``None``.
Two readings of a mixed name exist: :func:`detect_script` takes the first non-Latin letter (the
spreadsheet lists and OFAC's enhanced XML); :func:`script_of` takes the dominant script, and
``None`` when Latin letters are at least as many (the UN, Canadian and EU XML lists).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["detect_script", "script_from_label", "script_of"]

#: Start of a Unicode character name → ISO 15924 code.
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("CYRILLIC", "Cyrl"),
    ("ARABIC", "Arab"),
    ("CJK", "Hani"),
    ("HANGUL", "Hang"),
    ("HIRAGANA", "Jpan"),
    ("KATAKANA", "Jpan"),
    ("HEBREW", "Hebr"),
    ("GEORGIAN", "Geor"),
    ("GREEK", "Grek"),
    ("ARMENIAN", "Armn"),
    ("THAI", "Thai"),
    ("MYANMAR", "Mymr"),
    ("DEVANAGARI", "Deva"),
    ("BENGALI", "Beng"),
    ("ETHIOPIC", "Ethi"),
    ("TAMIL", "Taml"),
    ("KHMER", "Khmr"),
    ("LAO", "Laoo"),
    ("SINHALA", "Sinh"),
    ("GURMUKHI", "Guru"),
    ("TIBETAN", "Tibt"),
    ("MONGOLIAN", "Mong"),
    ("SYRIAC", "Syrc"),
    ("THAANA", "Thaa"),
)

_LABELS: dict[str, str] = {
    "cyrillic": "Cyrl", "cryillic": "Cyrl", "cyrilic": "Cyrl", "russian": "Cyrl",
    "ukrainian": "Cyrl", "belarusian": "Cyrl", "bulgarian": "Cyrl", "serbian": "Cyrl",
    "arabic": "Arab", "persian": "Arab", "farsi": "Arab", "persian/farsi": "Arab",
    "pashto": "Arab", "urdu": "Arab", "chinese": "Hani", "hangul": "Hang", "korean": "Hang",
    "japanese": "Jpan", "hebrew": "Hebr", "georgian": "Geor", "greek": "Grek",
    "armenian": "Armn", "thai": "Thai", "burmese": "Mymr", "myanmar": "Mymr",
}  # fmt: skip

#: What :func:`_letter_script` returns for a Latin letter, and for one of a script not listed.
_LATIN = ""
_UNLISTED = "?"


@lru_cache(maxsize=8192)
def _letter_script(char: str) -> str | None:
    """The code of a letter's script (or ``_LATIN``, ``_UNLISTED``); ``None`` if no letter."""
    if not char.isalpha():
        return None
    if char.isascii():
        return _LATIN
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return _LATIN
    for prefix, code in _PREFIXES:
        if name.startswith(prefix):
            return code
    return _UNLISTED


def detect_script(text: str | None, label: str | None = None) -> str | None:
    """The script of the first non-Latin letter in ``text``; ``None`` if all letters are Latin.

    The publisher's ``label`` decides only when the letters are of a script not listed here."""
    if not text or text.isascii():
        return None
    unlisted = False
    for char in text:
        code = _letter_script(char)
        if code == _UNLISTED:
            unlisted = True
        elif code:
            return code
    return script_from_label(label) if unlisted else None


def script_of(text: str | None) -> str | None:
    """The dominant non-Latin script of ``text``; ``None`` if Latin letters are as many (letters
    of a script not listed count as Latin)."""
    if not text or text.isascii():
        return None
    counts: dict[str | None, int] = {}
    for char in text:
        code = _letter_script(char)
        counts[code] = counts.get(code, 0) + 1
    counts.pop(None, None)
    latin = counts.pop(_LATIN, 0) + counts.pop(_UNLISTED, 0)
    if not counts:
        return None
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= latin else None


def script_from_label(label: str | None) -> str | None:
    """ISO 15924 code for a publisher's script or language label."""
    if not label:
        return None
    return _LABELS.get(" ".join(label.lower().split()))
