"""`export --format document|bilingual-html|bilingual-docx`: the rebuild formats behind `export_project`."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.errors import InputError
from workbench.export.base import ExportResult, atomic_output
from workbench.export.units import check_status
from workbench.store import Store


def export_rebuilt(
    store: Store,
    project_id: int,
    fmt: str,
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    min_confidence: float | None = None,
    target_document: int | None = None,
) -> ExportResult:
    """Write the English document (`document`) or a bilingual table; `units` counts paragraphs or rows."""
    from workbench.export import output_path

    project = store.project(project_id)
    if fmt == "document":
        from workbench.rebuild.project import export_document

        rebuilt = export_document(
            store, project_id, out, status=status, min_confidence=min_confidence, target_document=target_document
        )
        result = ExportResult(rebuilt.path, rebuilt.paragraphs)
        result.notes = rebuilt.notes
        return result
    check_status(status)
    from workbench.rebuild.bilingual import project_rows, write_bilingual_docx, write_bilingual_html

    rows = project_rows(store, project_id, target_document)
    if not rows:
        raise InputError(f"project {project.name!r} has no links yet: align or draft it first")
    if out is None and target_document is not None:
        out = Path("aligned") / f"{project.name}.{target_document}.{fmt.replace('-', '.')}"
    path: Path = output_path(project.name, fmt, out)
    with atomic_output(path) as stream:
        (write_bilingual_html if fmt == "bilingual-html" else write_bilingual_docx)(rows, stream, project.name)
    return ExportResult(path, len(rows))
