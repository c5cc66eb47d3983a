"""``listwatch compare``: score name pairs in bulk (``pair_id,a,b,schema`` in; score, match out)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer

from listwatch.cli.output import emit_json
from listwatch.errors import SourceError
from listwatch.matching.name_compare import DEFAULT_THRESHOLD
from listwatch.matching.pairs import compare


def compare_command(
    a: Annotated[str | None, typer.Argument(help="First name (or use --pairs).")] = None,
    b: Annotated[str | None, typer.Argument(help="Second name.")] = None,
    schema: Annotated[str, typer.Option(help="Schema of the names.")] = "Person",
    pairs: Annotated[Path | None, typer.Option(help="CSV with pair_id,a,b[,schema].")] = None,
    output: Annotated[Path | None, typer.Option(help="CSV to write (default: stdout).")] = None,
    threshold: Annotated[float, typer.Option(help="Match threshold.")] = DEFAULT_THRESHOLD,
) -> None:
    """Compare two names, or every pair in a CSV file."""
    if pairs is None:
        if a is None or b is None:
            raise SourceError("give two names, or --pairs FILE")
        match = compare(a, b, schema)
        emit_json(
            {
                "a": a,
                "b": b,
                "score": round(match.score, 4),
                "match": match.score >= threshold,
                "explanation": match.explanation.as_dict(),
            }
        )
        return
    with pairs.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"pair_id", "a", "b"} - set(reader.fieldnames or [])
        if missing:
            raise SourceError(f"missing column(s) {', '.join(sorted(missing))}", file=pairs, line=1)
        columns = [*(reader.fieldnames or []), "score", "match"]
        out = output.open("w", newline="", encoding="utf-8") if output else sys.stdout
        try:
            writer = csv.DictWriter(out, columns, lineterminator="\n")
            writer.writeheader()
            for line_no, row in enumerate(reader, start=2):
                if not row.get("a") or not row.get("b"):
                    raise SourceError(
                        "empty name",
                        file=pairs,
                        line=line_no,
                        field="a" if not row.get("a") else "b",
                    )
                score = compare(row["a"], row["b"], row.get("schema") or schema).score
                writer.writerow({**row, "score": f"{score:.4f}", "match": int(score >= threshold)})
        finally:
            if output:
                out.close()


def register(app: typer.Typer) -> None:
    app.command("compare")(compare_command)
