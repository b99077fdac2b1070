"""`workbench models list|install|remove|info`."""

from __future__ import annotations

import typer

from workbench.cli.stages import missing

models_app = typer.Typer(help="Manage offline translation models (Argos packages).", no_args_is_help=True)


@models_app.command("list")
def list_models() -> None:
    """List installed translation packages."""
    raise missing("model management", 5)


@models_app.command("install")
def install(
    what: list[str] = typer.Argument(..., help="A .argosmodel file, or FROM TO language codes (online)."),
) -> None:
    """Install a package from a .argosmodel file, or from the Argos index when online."""
    raise missing("model management", 5)


@models_app.command("remove")
def remove(name: str = typer.Argument(..., help="Package, e.g. fr-en.")) -> None:
    """Remove an installed package."""
    raise missing("model management", 5)


@models_app.command("info")
def info_cmd(name: str = typer.Argument(..., help="Package, e.g. fr-en.")) -> None:
    """Show one installed package."""
    raise missing("model management", 5)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
