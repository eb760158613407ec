"""``factwire eval``: score predictions (or a fresh extraction) against gold files."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import click

from factwire.eval import (
    check_floor,
    default_shared,
    load_floor,
    load_gold,
    load_predictions,
    run_extraction,
    score,
)
from factwire.eval.agreement import is_gold_path, load_as_predictions

_PATH = click.Path(path_type=Path)


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("pred", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--extract", "do_extract", is_flag=True,
              help="Run the extraction on the documents the gold files name instead of PRED.")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared folder holding corpora/ (default: $FACTWIRE_SHARED or ../shared).")
@click.option("--model", default=None, help="spaCy model for --extract.")
@click.option("--pred-out", type=_PATH, default=None,
              help="With --extract: also write the predictions as JSON Lines to this file.")
@click.option("--json-out", type=_PATH, default=None, help="Also write the full report as JSON.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="Report on stdout as a table (default) or the full JSON report.")
@click.option("--floor", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="JSON of minimum scores; exit 1 when a score falls below.")
@click.option("--floor-section", default=None,
              help="Which section of a sectioned floor file to enforce (e.g. seed, dev).")
def eval_command(gold: Path, pred: Path | None, do_extract: bool, shared: Path | None,
                 model: str | None, pred_out: Path | None, json_out: Path | None, fmt: str,
                 floor: Path | None, floor_section: str | None) -> None:
    """Score extraction output against gold files (EVENTS.md section 5).

    GOLD is a gold file or a directory of *.gold.json; PRED is factwire output (JSON, JSON
    Lines, or a directory of them) matched to gold by doc.id. When PRED holds gold files
    (a second annotator's), they are scored against GOLD: inter-annotator agreement on
    the same scale as the system's score.

    \b
    Examples:
      factwire eval gold/dev out.jsonl
      factwire eval gold/dev --extract --floor gold/floor.json --floor-section dev
      factwire eval ../shared/spec/seed.gold.json --extract --format json
      factwire eval gold/dev gold/agreement     # agreement of two annotators
    """
    if (pred is None) == (not do_extract):
        raise click.UsageError("give either PRED or --extract (not both)")
    docs = load_gold(gold)
    limits = load_floor(floor, floor_section) if floor is not None else None
    if do_extract:
        predictions, problems = run_extraction(docs, shared or default_shared(), model=model)
        for problem in problems:
            click.echo(f"warning: {problem}", err=True)
        if pred_out is not None:
            _write_jsonl(pred_out, predictions.values())
    else:
        assert pred is not None
        predictions = (load_as_predictions(pred, shared or default_shared())
                       if is_gold_path(pred) else load_predictions(pred))
    report = score(docs, predictions)
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.table())
    if limits is not None:
        failures = check_floor(report.metrics(), limits)
        for failure in failures:
            click.echo(f"FLOOR: {failure}", err=True)
        if failures:
            sys.exit(1)
        click.echo(f"all {len(limits)} floors met", err=True)


def _write_jsonl(path: Path, docs: Iterable[Mapping[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
