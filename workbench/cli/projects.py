"""`workbench projects list|show|delete`."""

from __future__ import annotations

import typer
from rich.table import Table

from workbench.cli.common import JSON_HELP, console, emit_json, info, open_store
from workbench.cli.help import Command
from workbench.triage import project_threshold, status_label

projects_app = typer.Typer(help="List, show and delete projects in the workspace.", no_args_is_help=True)


@projects_app.command("list", cls=Command)
def list_projects(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List the projects in the workspace."""
    with open_store() as store:
        rows = [(p, store.project_stats(p.id)) for p in store.projects()]
        if as_json:
            emit_json(
                [
                    {
                        "name": p.name,
                        "src_lang": p.src_lang,
                        "tgt_lang": p.tgt_lang,
                        "updated_at": p.updated_at,
                        **stats,
                    }
                    for p, stats in rows
                ]
            )
            return
        if not rows:
            info(f"No projects yet in {store.path.parent}. Start one with: workbench run FILE")
            return
        table = Table("project", "languages", "segments", "links", "approved", "updated")
        for p, stats in rows:
            segs = stats["segments"]
            table.add_row(
                p.name,
                f"{p.src_lang}→{p.tgt_lang}",
                f"{segs.get('source', 0)} / {segs.get('target', 0)}",
                str(stats["links"]),
                str(stats["links_by_status"].get("approved", 0) + stats["links_by_status"].get("edited", 0)),
                p.updated_at,
            )
        console.print(table)


@projects_app.command("show", cls=Command)
def show_project(
    name: str = typer.Argument(..., help="Project name."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show one project: languages, documents, segment and link counts."""
    with open_store() as store:
        project = store.project(name)
        stats = store.project_stats(project.id)
        docs = store.documents(project.id)
        if as_json:
            emit_json(
                {
                    "name": project.name,
                    "src_lang": project.src_lang,
                    "tgt_lang": project.tgt_lang,
                    "created_at": project.created_at,
                    "updated_at": project.updated_at,
                    "version": project.version,
                    "settings": project.settings,
                    "documents": [
                        {
                            "role": d.role.value,
                            "lang": d.lang,
                            "path": d.path,
                            "format": d.format,
                            "encoding": d.encoding,
                            "segments": len(d.segments),
                        }
                        for d in docs
                    ],
                    **stats,
                }
            )
            return
        table = Table(title=f"project {project.name}", show_header=False)
        table.add_row("languages", f"{project.src_lang} → {project.tgt_lang}")
        for d in docs:
            table.add_row(f"{d.role.value} ({d.lang})", f"{d.path or '-'}: {len(d.segments)} segments")
        table.add_row("links", str(stats["links"]))
        threshold = project_threshold(project)
        table.add_row("threshold", f"{threshold:g} (below it a proposed link is doubtful)")
        for status, n in sorted(stats["links_by_status"].items()):
            table.add_row(f"  {status_label(status)}", str(n))
        for kind, n in sorted(stats["links_by_kind"].items()):
            table.add_row(f"  {kind}", str(n))
        table.add_row("review actions", str(stats["events"]))
        table.add_row("updated", project.updated_at)
        console.print(table)


@projects_app.command("delete", cls=Command)
def delete_project(
    name: str = typer.Argument(..., help="Project name."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete a project and all its review work (asks first unless --yes)."""
    with open_store() as store:
        project = store.project(name)
        if not yes and not typer.confirm(f"Delete project {project.name!r} and all its review work?"):
            info("Nothing deleted.")
            raise typer.Exit(1)
        store.delete_project(project.id)
        info(f"Deleted project {project.name}.")


def register(app: typer.Typer) -> None:
    app.add_typer(projects_app, name="projects")
