"""Writing-system detection for names published in their original script.

Shared by the XML sources: the UN ``NAME_ORIGINAL_SCRIPT``, Canada's Cyrillic and Arabic
aliases and the EU's per-language name variants. Returns ISO 15924 codes.
"""

from __future__ import annotations

import unicodedata

__all__ = ["script_of"]

#: First word of a Unicode character name → ISO 15924 code.
_SCRIPTS: dict[str, str] = {
    "ARABIC": "Arab",
    "CYRILLIC": "Cyrl",
    "CJK": "Hani",
    "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan",
    "HANGUL": "Hang",
    "HEBREW": "Hebr",
    "GREEK": "Grek",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
    "THAI": "Thai",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "ETHIOPIC": "Ethi",
    "MYANMAR": "Mymr",
    "KHMER": "Khmr",
    "TAMIL": "Taml",
    "SYRIAC": "Syrc",
    "THAANA": "Thaa",
}


def script_of(text: str | None) -> str | None:
    """The ISO 15924 code of the dominant non-Latin script of ``text``; ``None`` if Latin."""
    if not text:
        return None
    counts: dict[str, int] = {}
    latin = 0
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        first = name.split(" ", 1)[0]
        code = _SCRIPTS.get(first)
        if code is None and first == "PERSIAN":
            code = "Arab"
        if code:
            counts[code] = counts.get(code, 0) + 1
        else:
            latin += 1
    if not counts:
        return None
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= latin else None
