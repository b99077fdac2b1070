"""The `workbench` command line: a thin typer layer over the core.

`main()` turns every failure into one line on stderr and an exit code:
2 for wrong arguments, 1 for anything the user can fix (bad input, missing
project or model), 130 on Ctrl-C. Tracebacks appear only with --verbose.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import typer

from workbench.cli import (
    add_translation,
    align,
    export,
    glossary,
    inspect,
    memory,
    models,
    projects,
    review,
    run,
    segment,
    translate,
)
from workbench.cli.common import err_console, settings, workspace_option
from workbench.errors import WorkbenchError
from workbench.version import __version__

try:  # typer >= 0.20 vendors click; older ones use the real package
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover
    import click.exceptions as click_exc  # type: ignore[no-redef]

app = typer.Typer(
    name="workbench",
    help=(
        "Offline translation and alignment workbench: segment a French document, draft English "
        "with an offline model, align it with its English version, review the links in your "
        "browser and export TMX for OmegaT, Trados or memoQ."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"workbench {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    workspace: Path | None = workspace_option(),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show details (and tracebacks on errors)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only print results and errors."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    settings.workspace = workspace
    settings.verbose = verbose
    settings.quiet = quiet


for _module in (
    run,
    segment,
    inspect,
    translate,
    align,
    add_translation,
    review,
    export,
    models,
    projects,
    glossary,
    memory,
):
    _module.register(app)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="workbench", standalone_mode=False)
        return int(result) if isinstance(result, int) else 0
    except click_exc.NoArgsIsHelpError as exc:
        err_console.print(exc.ctx.get_help() if exc.ctx else "", markup=False)
        return 2
    except click_exc.UsageError as exc:
        path = exc.ctx.command_path if exc.ctx else "workbench"
        err_console.print(f"workbench: error: {exc.format_message()} (see '{path} --help')", markup=False)
        return 2
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        err_console.print("workbench: interrupted; everything saved so far is kept")
        return 130
    except click_exc.ClickException as exc:
        err_console.print(f"workbench: error: {exc.format_message()}")
        return exc.exit_code
    except WorkbenchError as exc:
        if settings.verbose:
            traceback.print_exc()
        err_console.print(f"workbench: {exc}", markup=False)
        return exc.exit_code
    except KeyboardInterrupt:
        err_console.print("workbench: interrupted; everything saved so far is kept")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if settings.verbose:
            traceback.print_exc()
        err_console.print(
            f"workbench: internal error: {type(exc).__name__}: {exc} "
            "(please report it; run with --verbose for details)",
            markup=False,
        )
        return 1


def entry() -> None:
    sys.exit(main())
