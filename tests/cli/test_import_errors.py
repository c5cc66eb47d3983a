"""Every format: a truncated, empty, wrong-format or garbled file gets a one-line error naming
the file, a non-zero exit, and the store unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import Invoke

LISTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "lists"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: dataset → a real file of its format (name kept: some parsers recognise files by name).
REAL_FILES: dict[str, Path] = {
    "us_ofac_sdn": LISTS / "ofac_sdn/2024-05-03/sdn.csv",
    "us_ofac_cons": LISTS / "ofac_cons/2025-03-28/consolidated.xml",
    "un_sc_sanctions": LISTS / "un_sc/2026-02-27/UN_consolidated.xml",
    "ca_dfatd_sema_sanctions": LISTS / "ca_sema/2025-05-25/cannada.xml",
    "eu_fsf": FIXTURES / "eu_fsf" / "fsf_2024-12-11_excerpt.xml",
    "gb_hmt_sanctions": LISTS / "uk_ofsi/2025-04-14/ConList.xlsx",
    "gb_fcdo_sanctions": LISTS / "uk_fcdo/2025-08-11/FCDO_SL_Mon_Aug 11 2025.ods",
    "au_dfat_sanctions": LISTS / "au_dfat/2024-12-17/regulation8_consolidated.xlsx",
    "us_trade_csl": LISTS / "us_csl/2022-05-16/consolidated.csv.gz",
    "us_bis_denied": LISTS / "us_bis_dpl/2023-11-30/dpl.txt",
}
OTHER_FORMAT = LISTS / "ofac_sdn/2024-05-03/sdn.csv"
OTHER_FORMAT_FOR_CSV = LISTS / "un_sc/2026-02-27/UN_consolidated.xml"


def _broken(kind: str, original: Path, target: Path) -> Path:
    data = original.read_bytes()
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "truncated":
        target.write_bytes(data[: len(data) // 2])
    elif kind == "garbled":
        garbage = bytes((i * 37 + 11) % 256 for i in range(4000))
        target.write_bytes(data[:200] + garbage)
    elif kind == "wrong_format":
        other = (
            OTHER_FORMAT_FOR_CSV if original.suffix.lower() in {".csv", ".txt"} else OTHER_FORMAT
        )
        target.write_bytes(other.read_bytes())
    return target


@pytest.mark.parametrize("kind", ["empty", "truncated", "garbled", "wrong_format"])
@pytest.mark.parametrize("dataset", sorted(REAL_FILES))
def test_bad_file_is_refused_with_one_line_naming_the_file(
    invoke: Invoke, tmp_path: Path, dataset: str, kind: str
) -> None:
    original = REAL_FILES[dataset]
    good = tmp_path / "good" / original.name
    good.parent.mkdir()
    shutil.copy(original, good)
    assert invoke("import", dataset, str(good), "--published", "2020-01-01").exit_code == 0
    before = invoke("lists", "--all", "--format", "json").stdout

    bad = _broken(kind, original, tmp_path / original.name)
    result = invoke("import", dataset, str(bad), "--published", "2020-01-02")

    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert original.name in lines[0]
    after = invoke("lists", "--all", "--format", "json").stdout
    assert json.loads(after) == json.loads(before)
