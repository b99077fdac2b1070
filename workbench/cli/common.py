"""What every command shares: the workspace, verbosity, JSON output and printing.

Only the CLI prints. Commands parse their arguments, call the core, and hand
results to `emit()` (JSON with --json) or to rich tables.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from workbench.store import Store


@dataclass
class Settings:
    workspace: Path | None = None
    verbose: bool = False
    quiet: bool = False


settings = Settings()
console = Console(stderr=False, highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

PROJECT_OPTION_HELP = "Project name in the workspace."
JSON_HELP = "Print machine-readable JSON instead of tables."


def workspace_option() -> Any:
    return typer.Option(
        None,
        "--workspace",
        "-w",
        envvar="WORKBENCH_HOME",
        help="Workspace folder holding the project database (default ~/.local/share/workbench).",
        file_okay=False,
    )


def open_store() -> Store:
    return Store.open_workspace(settings.workspace)


def info(message: str) -> None:
    """Progress and hints, on stderr so stdout stays clean for data."""
    if not settings.quiet:
        err_console.print(message)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def progress_enabled() -> bool:
    return not settings.quiet and sys.stderr.isatty() and not os.environ.get("CI")
