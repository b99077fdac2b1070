"""Writers and readers of exchange formats (TMX, TSV, XLSX, XLIFF, SRX...), one per module.

from workbench.export import export_project, import_file
path = export_project(store, project.id, "tmx")          # aligned/<project>.tmx
project = import_file(store, "memory.tmx", "re-review")  # back in for review

The formats are one table, `formats.FORMATS` (name -> extension, media type, writer, reader);
`orchestrator.export_project_report` is the one way out that the CLI, the review page, `run`
and `batch` share. A new format is one writer module plus one line in that table.
"""

from __future__ import annotations

from workbench.export.base import ExportResult, ExportUnit, NothingToExportError
from workbench.export.formats import FORMATS as REGISTRY
from workbench.export.formats import Format, Kind, format_spec
from workbench.export.importing import import_file
from workbench.export.orchestrator import (
    ExportOptionError,
    export_project,
    export_project_report,
    nothing_message,
    output_path,
)

FORMATS = tuple(REGISTRY)
"""The format names, in the order `--help` and the review page list them."""

__all__ = [
    "FORMATS",
    "REGISTRY",
    "ExportOptionError",
    "ExportResult",
    "ExportUnit",
    "Format",
    "Kind",
    "NothingToExportError",
    "export_project",
    "export_project_report",
    "format_spec",
    "import_file",
    "nothing_message",
    "output_path",
]
