"""Command line: ``byline import PATH…``, ``byline serve``, ``byline evaluate FOLDER``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from app.config import get_settings
from app.db import make_engine
from app.ingest import Outcome
from app.migrate import upgrade_to_head
from app.pipeline import STDIN, Source, Stored, import_sources
from app.readers import expand_paths

cli = typer.Typer(
    name="byline",
    help="Turn news articles into structured records and serve them as a JSON API.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)  # never wrap a file name across lines


def _inputs(paths: list[str]) -> Iterator[Source]:
    for given in paths:
        if given == STDIN:
            yield STDIN
        else:
            path = Path(given)
            if not path.exists():
                yield path  # read_file names it as missing
            else:
                yield from expand_paths([path])


@cli.command("import")
def import_articles(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders (every .txt, .html and .json inside, recursively), or - for stdin."
        ),
    ],
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes extracting in parallel (default: one per CPU core)."),
    ] = None,
) -> None:
    """Import articles: read and extract them, and store each whole or not at all."""
    settings = get_settings()
    engine = make_engine(settings, writer=True)
    upgrade_to_head(engine)
    sources = list(_inputs(paths))
    counts: Counter[str] = Counter()
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    )
    task = progress.add_task("importing", total=len(sources))

    def report(stored: Stored) -> None:
        if stored.encoding not in (None, "utf-8"):
            err.print(f"{stored.name}: decoded as {stored.encoding} (not UTF-8)", highlight=False)
        if stored.result is not None:
            counts[stored.result.outcome.value] += 1
        else:
            counts["failed"] += 1
            err.print(f"[red]error[/red] {stored.name}: {stored.error}", highlight=False)
        progress.advance(task)

    with progress:
        import_sources(engine, sources, workers=workers, on_stored=report)
    engine.dispose()
    summary = ", ".join(
        f"{counts[k]} {k}" for k in (Outcome.IMPORTED, Outcome.REPLACED, Outcome.UNCHANGED, "failed")
    )
    typer.echo(summary)
    if counts["failed"]:
        raise typer.Exit(code=1)


@cli.command()
def serve(
    host: Annotated[
        str | None, typer.Option(help="Interface to bind (default BYLINE_HOST or 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default BYLINE_PORT or 8000).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the API with uvicorn (the database is brought to the newest schema first).

    SIGTERM or Ctrl-C stops it gracefully: it stops accepting connections, lets in-flight
    requests finish (for up to BYLINE_SHUTDOWN_TIMEOUT seconds) and exits 0.
    """
    import signal

    import uvicorn

    from app.api.timeouts import server_options

    settings = get_settings()
    engine = make_engine(settings, writer=True)
    upgrade_to_head(engine)
    engine.dispose()
    # uvicorn re-raises the stop signal once it has shut down; by then the stop was clean, so
    # SIGTERM ends the process with 0 (as Ctrl-C does) rather than "killed by SIGTERM".
    signal.signal(signal.SIGTERM, lambda _signum, _frame: None)
    uvicorn.run(
        "app.main:app",
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_level="info",
        # The app logs every request itself (app.access: method, path, status, time, request id);
        # uvicorn's own access line would say the same thing a second time.
        access_log=False,
        **server_options(settings),
    )


@cli.command()
def backup(
    target: Annotated[Path, typer.Argument(help="Where to write the copy (a SQLite file).")],
) -> None:
    """Copy the SQLite database to TARGET while it stays in use (SQLite's online backup API)."""
    from app.backup import BackupError, backup_sqlite

    try:
        size = backup_sqlite(get_settings(), target)
    except BackupError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(code=1) from None
    typer.echo(f"backed up to {target} ({size:,} bytes)")


@cli.command()
def evaluate(
    folder: Annotated[
        Path, typer.Argument(exists=True, file_okay=False, help="Folder of NAME.txt + NAME.gold.json.")
    ],
) -> None:
    """Score extraction against the gold files in FOLDER: precision, recall, speaker accuracy."""
    from app.evaluate import evaluate_folder, format_report

    typer.echo(format_report(evaluate_folder(folder)))


def main() -> None:
    cli()
