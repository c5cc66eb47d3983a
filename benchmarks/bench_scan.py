"""Throughput of ``listwatch scan`` on news-like text against every bundled list (one core).

    .venv/bin/python benchmarks/bench_scan.py [--mb 3] [--home DIR]

Generates a few MB of news-like English and Spanish text: ordinary sentences with invented
capitalised names, places and companies (a fresh vocabulary, so caches do not flatter the
figure), with the project's own test paragraphs about the 2025 designations mixed in. Builds
the index and the spotter first (not timed, and a full garbage collection settles what they
allocated, so that the first full collection of the process does not land in the timed scan),
then times :func:`listwatch.scan.scan` (CPU time of this single-threaded process, and
wall-clock time, which a busy machine inflates). The load average is printed with the figure:
CPU time too grows on a busy machine (shared caches and cores), so quote it with the figure.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import time
from pathlib import Path

from listwatch.api_facade import get_screener
from listwatch.config import load_settings
from listwatch.scan import get_spotter, scan

TEXTS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "texts"
SYLLABLES = "ka lo ma ri sen tu vel dor an be chi na por ge lu mi ra so ter vi al do fer nan"
TEMPLATES = [
    "{p} said on {d} that the ministry in {c} would review the {o} contract.",
    "Officials in {c} met {p} and {p} to discuss trade with {o}.",
    "El ministro {p} dijo en {c} que la empresa {o} pagará la multa antes de {d}.",
    "According to {p}, shipments from {c} to {c} rose by {n} percent last year.",
    "The board of {o} named {p} chief executive after a long review of its accounts.",
    "La policía de {c} detuvo a {p} y a otras {n} personas en una operación contra el fraude.",
]
DAYS = ["Monday", "Tuesday", "lunes", "martes", "1 March", "12 de abril"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES.split()) for _ in range(rng.randint(2, 3))).capitalize()


def news_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    fixtures = [
        (TEXTS / f).read_text(encoding="utf-8") for f in ("english_news.txt", "spanish_news.txt")
    ]
    parts: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(4, 8)):
            template = rng.choice(TEMPLATES)
            while "{" in template:
                template = template.replace("{p}", f"{_word(rng)} {_word(rng)}", 1)
                template = template.replace("{c}", _word(rng), 1)
                template = template.replace(
                    "{o}", f"{_word(rng)} {rng.choice(['Trading', 'Holdings', 'S.A.', 'Group'])}", 1
                )
                template = template.replace("{d}", rng.choice(DAYS), 1)
                template = template.replace("{n}", str(rng.randint(2, 90)), 1)
            sentences.append(template)
        if rng.random() < 0.1:
            sentences.append(rng.choice(fixtures))
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text (default 3)")
    parser.add_argument("--home", type=Path, default=None, help="LISTWATCH_HOME to use")
    args = parser.parse_args()
    screener = get_screener(load_settings(home=args.home))
    started = time.perf_counter()
    get_spotter(screener.index)
    built = time.perf_counter() - started
    text = news_text(int(args.mb * 1_000_000))
    size = len(text.encode("utf-8")) / 1_000_000
    gc.collect()
    load = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    report = scan(text, screener)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"lists: {len(screener.index.publications)} publications, {len(screener.index)} entries")
    print(f"spotter built in {built:.1f} s")
    print(
        f"scanned {size:.2f} MB in {elapsed:.2f} s ({cpu:.2f} s CPU): "
        f"{size / cpu:.2f} MB/s per core ({size / elapsed:.2f} MB/s wall), "
        f"{len(report.mentions)} mentions"
    )
    print(f"load average (1 min) {load:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
