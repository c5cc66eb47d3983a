"""Which writing system a published name is in, as an ISO 15924 code (``Cyrl``, ``Arab``…).

Detected from the letters themselves (Unicode character names); a publisher's label ("Cyrillic",
"Persian", "Cryillic") is only the fallback, because lists mislabel scripts. Latin gives ``None``.
"""

from __future__ import annotations

import unicodedata

__all__ = ["detect_script", "script_from_label"]

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


def detect_script(text: str | None) -> str | None:
    """The script of the first non-Latin letter in ``text``; ``None`` if all letters are Latin."""
    if not text:
        return None
    for char in text:
        if not char.isalpha() or char.isascii():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            continue
        for prefix, code in _PREFIXES:
            if name.startswith(prefix):
                return code
        continue
    return None


def script_from_label(label: str | None) -> str | None:
    """ISO 15924 code for a publisher's script or language label."""
    if not label:
        return None
    return _LABELS.get(" ".join(label.lower().split()))
