"""`workbench models list|install|remove|info`: offline translation models (Argos packages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from workbench.cli.common import JSON_HELP, console, emit_json, info
from workbench.cli.help import Command
from workbench.cli.translate import progress_bar
from workbench.errors import InputError

models_app = typer.Typer(
    help=(
        "Manage offline translation models (Argos packages). They live where argostranslate keeps "
        "them: $ARGOS_PACKAGES_DIR, else ~/.local/share/argos-translate/packages."
    ),
    no_args_is_help=True,
)


def _as_dict(package: Any) -> dict[str, Any]:
    return {
        "name": package.name,
        "folder": package.folder,
        "from_code": package.from_code,
        "to_code": package.to_code,
        "version": package.version,
        "size": package.size,
        "path": str(package.path),
        "sha256": package.sha256,
    }


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


@models_app.command("list", cls=Command)
def list_models(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List installed translation packages."""
    from workbench.translate.packages import list_packages, packages_dir

    packages = list_packages()
    if as_json:
        emit_json([_as_dict(p) for p in packages])
        return
    if not packages:
        info(
            f"No translation model installed in {packages_dir()}. Install one with "
            "`workbench models install fr en` (online) or `workbench models install FILE.argosmodel`."
        )
        return
    table = Table("name", "languages", "version", "size", "path")
    for p in packages:
        table.add_row(p.name, f"{p.from_code}→{p.to_code}", p.version, _mb(p.size), str(p.path))
    console.print(table)


@models_app.command("install", cls=Command)
def install(
    what: list[str] = typer.Argument(
        ..., metavar="FILE_OR_LANGS", help="A .argosmodel file, or FROM TO language codes (online)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Install a package from a .argosmodel file, or from the Argos index when online."""
    from workbench.translate.packages import install_from_index, install_package

    if len(what) == 1:
        path = Path(what[0])
        if not path.exists() and len(what[0]) <= 3 and what[0].isalpha():
            raise InputError(
                f"give two language codes (e.g. `workbench models install fr en`) or a file; got {what[0]!r}"
            )
        package = install_package(path)
    elif len(what) == 2 and all(w.isalpha() and len(w) <= 3 for w in what):
        with progress_bar(f"downloading {what[0]}→{what[1]}", unit="bytes") as progress:
            package = install_from_index(what[0].lower(), what[1].lower(), progress=progress)
    else:
        raise InputError("give one .argosmodel file, or two language codes such as `fr en`")
    if as_json:
        emit_json(_as_dict(package))
        return
    info(
        f"installed {package.name} {package.version} ({package.from_code}→{package.to_code}, {_mb(package.size)}) "
        f"in {package.path}"
    )


@models_app.command("remove", cls=Command)
def remove(name: str = typer.Argument(..., help="Package, e.g. fr-en (or its folder name).")) -> None:
    """Remove an installed package."""
    from workbench.translate.packages import remove_package

    package = remove_package(name)
    info(f"removed {package.name} {package.version} from {package.path}")


@models_app.command("info", cls=Command)
def info_cmd(
    name: str = typer.Argument(..., help="Package, e.g. fr-en (or its folder name)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show one installed package."""
    from workbench.translate.packages import get_package

    package = get_package(name)
    data = _as_dict(package)
    data["package_name"] = package.package_name
    data["files"] = sorted(str(p.relative_to(package.path)) for p in package.path.rglob("*") if p.is_file())
    if as_json:
        emit_json(data)
        return
    table = Table("field", "value", show_header=False)
    for key in ("name", "package_name", "version", "from_code", "to_code", "path", "sha256"):
        table.add_row(key, str(data[key] or "-"))
    table.add_row("size", _mb(package.size))
    table.add_row("files", ", ".join(data["files"]))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
