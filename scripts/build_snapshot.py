"""Build the offline snapshot bundled in the package from ``../shared/data/lists``.

For each source it takes the newest *complete, consistent* publication (an OFAC SDN primary file
without its alias file is not complete), gzips text files (xlsx/ods/zip are compressed already),
and writes ``src/listwatch/snapshot/manifest.json``. Run: ``python scripts/build_snapshot.py``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT.parent / "shared" / "data" / "lists"
OUT = ROOT / "src" / "listwatch" / "snapshot"

#: dataset → (folder/date, files, why this one).
CHOICES: dict[str, tuple[str, list[str], str]] = {
    "us_ofac_sdn": (
        "ofac_sdn/2021-07-07",
        ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"],
        "newest complete SDN set (sdn+alt+add+comments); later sdn.csv files lack alt.csv",
    ),
    "us_ofac_cons": (
        "ofac_cons/2025-12-19",
        ["cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"],
        "newest complete Consolidated CSV set",
    ),
    "un_sc_sanctions": ("un_sc/2026-02-27", ["UN_consolidated.xml"], "newest UN list"),
    "gb_hmt_sanctions": ("uk_ofsi/2025-04-14", ["ConList.xlsx"], "newest OFSI list"),
    "gb_fcdo_sanctions": (
        "uk_fcdo/2025-08-11",
        ["FCDO_SL_Mon_Aug 11 2025.ods"],
        "only FCDO file here (summary export: primary names, no aliases)",
    ),
    "ca_dfatd_sema_sanctions": ("ca_sema/2025-05-25", ["cannada.xml"], "newest SEMA list"),
    "au_dfat_sanctions": (
        "au_dfat/2024-12-17",
        ["regulation8_consolidated.xlsx"],
        "only DFAT list here",
    ),
    "us_trade_csl": (
        "us_csl/2022-05-16",
        ["consolidated.csv.gz"],
        "newest complete CSL (the 2023 file is a subset)",
    ),
    "us_bis_denied": ("us_bis_dpl/2023-11-30", ["dpl.txt"], "only DPL file here"),
}

_PRECOMPRESSED = (".xlsx", ".ods", ".zip", ".gz")


def main() -> int:
    if OUT.exists():
        for child in OUT.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
    manifest = []
    for dataset, (folder, names, why) in CHOICES.items():
        src_dir = LISTS / folder
        published = folder.rsplit("/", 1)[1]
        dest_dir = OUT / dataset / published
        dest_dir.mkdir(parents=True, exist_ok=True)
        files = []
        for name in names:
            src = src_dir / name
            data = src.read_bytes()
            target = name if name.lower().endswith(_PRECOMPRESSED) else name + ".gz"
            if target.endswith(".gz") and not name.lower().endswith(".gz"):
                (dest_dir / target).write_bytes(gzip.compress(data, mtime=0))
            else:
                (dest_dir / target).write_bytes(data)
            files.append(
                {"file": target, "original": name, "sha256": hashlib.sha256(data).hexdigest()}
            )
        manifest.append(
            {
                "dataset": dataset,
                "published": published,
                "origin": f"shared/data/lists/{folder}",
                "why": why,
                "files": files,
            }
        )
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {len(manifest)} publications to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
