"""``listwatch eval``: recall, false alerts and precision on labelled sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress

from listwatch.cli.output import Format, console, emit_json, emit_rows
from listwatch.config import Settings
from listwatch.matching.name_compare import DEFAULT_THRESHOLD
from listwatch.matching.pairs import evaluate_pairs
from listwatch.screening.evaluation import evaluate_queries, read_queries
from listwatch.store import Store


def _rows(section: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"set": name, **values} for name, values in section.items()]


def evaluate(
    ctx: typer.Context,
    folder: Annotated[
        Path, typer.Argument(help="Folder with screening_queries.csv and/or name_pairs.csv.")
    ] = Path("../shared/data/eval"),
    lists_dir: Annotated[
        Path | None, typer.Option(help="Official files (default: FOLDER/../lists).")
    ] = None,
    sets: Annotated[str | None, typer.Option(help="Only these sets (comma-separated).")] = None,
    name_only: Annotated[bool, typer.Option(help="Ignore birth date and country.")] = False,
    threshold: Annotated[float, typer.Option(help="Alert threshold.")] = DEFAULT_THRESHOLD,
    fmt: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.table,
) -> None:
    """Evaluate screening and name matching on labelled development sets."""
    settings: Settings = ctx.obj
    wanted = {s.strip() for s in sets.split(",")} if sets else None
    report: dict[str, Any] = {}
    queries_file = folder / "screening_queries.csv"
    if queries_file.exists():
        queries = [q for q in read_queries(queries_file) if wanted is None or q.set in wanted]
        if queries:
            work = settings.home / "eval"
            work.mkdir(parents=True, exist_ok=True)
            store = Store(f"sqlite:///{work / 'eval.db'}")
            with Progress(console=console, transient=True, disable=fmt is not Format.table) as bar:
                task = bar.add_task("screening", total=len(queries))
                report["screening"] = evaluate_queries(
                    queries,
                    store,
                    lists_dir or folder.parent / "lists",
                    work / "cache",
                    threshold=threshold,
                    use_evidence=not name_only,
                    progress=lambda n: bar.advance(task, n),
                )
    pairs_file = folder / "name_pairs.csv"
    if pairs_file.exists() and (
        wanted is None or any("pair" in s or "translit" in s for s in wanted)
    ):
        report["name_pairs"] = evaluate_pairs(pairs_file, threshold)
    if fmt is Format.json:
        emit_json(report)
        return
    if "screening" in report:
        s = report["screening"]
        console.print(f"Screening ({s['mode']}, threshold {threshold}):")
        cols = [
            "set",
            "positives",
            "recall",
            "ranked_first",
            "negatives",
            "false_alerts",
            "alerts_per_1000",
            "precision",
        ]
        emit_rows(_rows({"ALL": s["overall"], **s["sets"]}), cols, Format.table)
        emit_rows(_rows(s["categories"]), cols, Format.table, title="By category")
        for note in s["notes"]:
            console.print(f"note: {note}", soft_wrap=True)
    if "name_pairs" in report:
        p = report["name_pairs"]
        console.print(f"Name pairs (threshold {threshold}):")
        emit_rows(
            _rows({"ALL": p["overall"], **p["sets"]}),
            ["set", "pairs", "precision", "recall", "f1"],
            Format.table,
        )


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
