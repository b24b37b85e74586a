"""The ``eventcoder`` command line: click commands only; library errors become messages here."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections import Counter
from pathlib import Path

import click

from .errors import DictionaryError, EventCoderError
from .nlp import BACKENDS, DEFAULT_BACKEND, DEFAULT_MODEL
from .validate import ACTOR_MATCH_MODES

# One BLAS thread per process: workers are processes, and the parser's small matrices gain
# nothing from threads. Must be set before numpy loads, which is why it is here.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Exit statuses (documented in the README).
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2  # click's own
EXIT_FATAL = 3


class FatalError(click.ClickException):
    """Nothing could be coded: bad dictionaries, a missing model, an unreadable input path."""

    exit_code = EXIT_FATAL


def _parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    from .ingest import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.group()
@click.version_option(package_name="eventcoder")
@click.option("-v", "--verbose", is_flag=True, help="Log what the library does to stderr.")
def main(verbose: bool) -> None:
    """Code political events (who did what to whom, CAMEO) from news articles into Parquet."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for events.parquet and articles.parquet.")
@click.option("-d", "--dictionaries", type=click.Path(exists=True, path_type=Path), help="Dictionary folder (default: the shipped dictionaries).")
@click.option("-m", "--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline to parse with (package name or path).")
@click.option("--date", callback=_parse_date_option, help="Date for articles that carry none (YYYY-MM-DD, YYYYMMDD or ISO date-time).")
@click.option("--backend", type=click.Choice(BACKENDS), default=DEFAULT_BACKEND, show_default=True, help="Numeric backend for the parser (numpy is faster here, same output).")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(min=1), help="Articles per spaCy batch.")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: one per core).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="local: processes on this machine; dask: a dask.distributed cluster.")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run into the same OUTPUT: committed chunks are kept, the rest coded.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=None, help="Articles per committed chunk (default 256); a resumed run must use the same.")
@click.option("--allow-one-actor", is_flag=True, help="Also write events with only a source or only a target.")
@click.option(
    "--sentences-alone", is_flag=True,
    help="Code each sentence alone, as PETRARCH does: no 'he', 'the rebels' or 'both sides' from the article's earlier sentences.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
def code(
    inputs: tuple[Path, ...],
    output: Path,
    dictionaries: Path | None,
    model: str,
    date: dt.date | None,
    backend: str,
    batch_size: int,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    resume: bool,
    chunk_size: int | None,
    allow_one_actor: bool,
    sentences_alone: bool,
    quiet: bool,
) -> None:
    """Code the articles in INPUTS (files or folders) into OUTPUT.

    Example: eventcoder code data -o out
    """
    from .pipeline import code_articles, default_workers

    try:
        report = code_articles(
            inputs,
            output,
            dictionaries=dictionaries,
            model=model,
            date=date,
            batch_size=batch_size,
            backend=backend,
            workers=workers or default_workers(),
            resume=resume,
            chunk_size=chunk_size,
            engine=engine,
            scheduler=scheduler,
            require_dyad=not allow_one_actor,
            memory=not sentences_alone,
            progress=not quiet,
        )
    except EventCoderError as exc:
        raise FatalError(str(exc)) from exc
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.failed:
        for reason in report.failures[:20]:
            click.echo(f"  failed: {reason}", err=True)
        if report.failed > 20:
            click.echo(f"  ... and {report.failed - 20} more (see the articles table)", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.group()
def dictionaries() -> None:
    """Inspect dictionary folders."""


@dictionaries.command("check")
@click.argument("folder", required=False, type=click.Path(exists=True, path_type=Path))
def check_dictionaries(folder: Path | None) -> None:
    """List every problem in a dictionary folder as file:line: problem.

    Example: eventcoder dictionaries check dictionaries/
    """
    from .dictionaries import load_dictionaries

    try:
        loaded = load_dictionaries(folder)
    except DictionaryError as exc:
        for problem in exc.problems:
            click.echo(problem)
        raise FatalError(f"{len(exc.problems)} problem(s)") from exc
    conflicts = loaded.conflicts()
    for problem in conflicts:
        click.echo(problem)
    if conflicts:
        raise FatalError(f"{len(conflicts)} problem(s): phrases defined twice with different codes")
    warnings = loaded.warnings + loaded.unreachable_patterns()
    for warning in warnings:
        click.echo(f"{warning} (warning)")
    summary = f", {len(warnings)} warning(s): lines skipped or repaired, or patterns never used" if warnings else ""
    click.echo(f"{len(loaded.files)} files, no problems{summary}", err=True)


@dictionaries.command("stats")
@click.argument("folder", required=False, type=click.Path(exists=True, path_type=Path))
def dictionary_stats(folder: Path | None) -> None:
    """Print counts of actors, dated entries, agents, verbs and patterns per root code.

    Example: eventcoder dictionaries stats dictionaries/
    """
    from .dictionaries import load_dictionaries

    try:
        loaded = load_dictionaries(folder)
    except DictionaryError as exc:
        raise FatalError(str(exc)) from exc
    roots = Counter((p.code or "---")[:2] for p in loaded.verbs)
    lines = [
        ("actor entries", len(loaded.actors)),
        ("actor phrases", sum(len(a.phrases) for a in loaded.actors)),
        ("date-limited actors", sum(any(c.is_dated for c in a.codes) for a in loaded.actors)),
        ("agent entries", len(loaded.agents)),
        ("agent phrases", sum(len(a.phrases) for a in loaded.agents)),
        ("verbs", len({p.verb for p in loaded.verbs})),
        ("verb pattern lines", len({p.origin for p in loaded.verbs})),
        ("verb patterns", len(loaded.verbs)),  # one for each verb a line names
        ("distinct event codes", len({p.code for p in loaded.verbs if p.code})),
        ("sentence discards", len(loaded.sentence_discards)),
        ("article discards", len(loaded.article_discards)),
    ]
    for name, count in lines:
        click.echo(f"{name:<22}{count:>8}")
    click.echo("patterns per root code:")
    for root, count in sorted(roots.items()):
        click.echo(f"  {root:<20}{count:>8}")


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-d", "--dictionaries", type=click.Path(exists=True, path_type=Path), help="Dictionary folder (default: the shipped dictionaries).")
@click.option("-m", "--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline to parse with.")
@click.option(
    "--actor-match",
    type=click.Choice(ACTOR_MATCH_MODES),
    default="prefix",
    show_default=True,
    help="prefix: a gold actor code must be a prefix of ours (IGO matches IGOUNO); parts: same country part and every gold part in ours (IGOMIL matches IGOUNOMIL).",
)
@click.option("--show-misses", is_flag=True, help="List every record not coded exactly right.")
def validate(gold: tuple[Path, ...], dictionaries: Path | None, model: str, actor_match: str, show_misses: bool) -> None:
    """Code gold-standard sentences and score the events against the gold coding.

    Each GOLD is a JSONL file of records (id, date, text, expected events, category) or a
    PETRARCH validation XML file. Prints precision, recall, F1 and exact-match rate at
    event and root-code level, overall and per category; given several files, first a
    line for each file, then the scores of all of them pooled.

    Example: eventcoder validate ../shared/eval/cameo_gold.dev.jsonl --show-misses
    """
    from .pipeline import EventCoder
    from .validate import combine, format_files, format_score, load_gold, score

    try:
        loaded = [load_gold(path) for path in gold]
        coder = EventCoder(dictionaries, model)
    except EventCoderError as exc:
        raise FatalError(str(exc)) from exc
    # All files go through the pipeline as one stream; ids only need to be unique within a file.
    scored = [(index, r) for index, records in enumerate(loaded) for r in records if r.included and not r.error]
    items = ((r.text, r.date, _require_dyad(r.config)) for _, r in scored)
    predictions: list[dict[str, list]] = [{} for _ in loaded]
    for (index, record), events in zip(scored, coder.code_texts(items)):
        predictions[index][record.id] = [(e.source, e.target, e.code) for e in events]
    scores = [score(records, found, actor_match=actor_match) for records, found in zip(loaded, predictions)]
    if len(scores) > 1:
        click.echo(format_files({str(path): part for path, part in zip(gold, scores)}) + "\n\nAll files pooled:")
    click.echo(format_score(combine(scores), show_misses=show_misses))


def _require_dyad(config: dict[str, str]) -> bool | None:
    """PETRARCH's require_dyad option of a gold record, when it sets one."""
    value = str(config.get("require_dyad", "")).strip().lower()
    return {"true": True, "false": False}.get(value)


@main.command("aggregate")
@click.argument("run", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the aggregate tables.")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="day", show_default=True, help="Period of the count tables.")
@click.option("--one-a-day", is_flag=True, help="Phoenix's filter: keep the first report of each (date, source, target, code) instead of GDELT-style counts.")
@click.option("--memory-limit", default="1GB", show_default=True, help="Memory DuckDB may use; beyond it, it spills to disk.")
def aggregate_command(run: Path, output: Path, by: str, one_a_day: bool, memory_limit: str) -> None:
    """Deduplicate events and count them by period, dyad, country, root code and QuadClass.

    Example: eventcoder aggregate out -o agg --by month
    """
    from .aggregation import aggregate

    try:
        report = aggregate(run, output, by=by, one_a_day=one_a_day, memory_limit=memory_limit)
    except EventCoderError as exc:
        raise FatalError(str(exc)) from exc
    for name, rows in report.rows.items():
        click.echo(f"{name}: {rows:,} rows", err=True)


@main.command("export")
@click.argument("run", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write: .tsv (tab-separated, no header, as GDELT ships) or .parquet.")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "phoenix"]), default="gdelt", show_default=True, help="Column layout.")
def export_command(run: Path, output: Path, fmt: str) -> None:
    """Export a run in the GDELT 1.0 event layout (58 columns) or the Phoenix layout.

    Example: eventcoder export out --format gdelt -o events.tsv
    """
    from .export import export

    try:
        rows = export(run, output, fmt)
    except EventCoderError as exc:
        raise FatalError(str(exc)) from exc
    click.echo(f"{rows:,} events written to {output}", err=True)


@main.command("report")
@click.argument("run", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file to write.")
@click.option("--title", help="Page title (default: the run folder's name).")
def report_command(run: Path, output: Path, title: str | None) -> None:
    """Write a self-contained HTML report: trends, dyads, codes, a country matrix, sample events.

    Example: eventcoder report out -o report.html
    """
    from .report import build_report

    try:
        build_report(run, output, title=title)
    except EventCoderError as exc:
        raise FatalError(str(exc)) from exc
    click.echo(f"report written to {output}", err=True)


if __name__ == "__main__":
    main()
