"""``readouts`` — the command-line entry point. Each command parses its options, calls one
library function and formats the result.

Exit codes: 0 success; 1 some input failed (the others were still processed); 2 bad usage;
3 the language model is missing.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import __version__
from ..errors import ModelNotFoundError, ReadoutsError, UsageError
from .batching import batch_app
from .benchmarking import bench_command
from .coding import code_command
from .evaluating import eval_command
from .exporting import export_command
from .ingesting import ingest_command
from .kb import kb_app
from .querying import actors_command, events_command, failures_command, relations_command
from .serving import serve_command

app = typer.Typer(
    name="readouts",
    help="Evidence-backed PLOVER/CAMEO event data from news about diplomacy and politics.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"readouts {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """readouts: code diplomatic readouts into PLOVER events with evidence."""


app.command("code")(code_command)
app.command("eval")(eval_command)
app.add_typer(kb_app, name="kb")
app.command("ingest")(ingest_command)
app.command("events")(events_command)
app.command("actors")(actors_command)
app.command("relations")(relations_command)
app.command("failures")(failures_command)
app.command("export")(export_command)
app.command("bench")(bench_command)
app.command("serve")(serve_command)
app.add_typer(batch_app, name="batch")


def main() -> None:
    try:
        app()
    except ModelNotFoundError as exc:
        sys.stderr.write(f"readouts: error: {exc}\n")
        sys.exit(3)
    except UsageError as exc:
        sys.stderr.write(f"readouts: error: {exc}\n")
        sys.exit(2)
    except ReadoutsError as exc:
        sys.stderr.write(f"readouts: error: [{exc.code}] {exc}\n")
        sys.exit(1)


__all__ = ["app", "main"]
