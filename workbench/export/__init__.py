"""Writers and readers of exchange formats (TMX, TSV, XLSX, XLIFF, SRX...), one per module.

from workbench.export import export_project, import_file
path = export_project(store, project.id, "tmx")          # aligned/<project>.tmx
project = import_file(store, "memory.tmx", "re-review")  # back in for review

The formats are one table, `formats.FORMATS` (name -> extension, media type, writer, reader);
`orchestrator.export_project_report` is the one way out that the CLI, the review page, `run`
and `batch` share. A new format is one writer module plus one line in that table.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from workbench.export.formats import FORMATS as REGISTRY
from workbench.export.formats import Format, Kind, format_spec

if TYPE_CHECKING:
    from workbench.export.base import ExportResult, ExportUnit, NothingToExportError
    from workbench.export.importing import import_file
    from workbench.export.orchestrator import (
        ExportOptionError,
        export_project,
        export_project_report,
        nothing_message,
        output_path,
    )

# The registry is read when the CLI is built (`--format`'s help), so it is imported at once; the
# writing side (the store, the rebuilt documents) only when a name of it is first asked for, which
# keeps `workbench --help` as quick as before the registry existed.
_LAZY = {
    "ExportResult": "workbench.export.base:ExportResult",
    "ExportUnit": "workbench.export.base:ExportUnit",
    "NothingToExportError": "workbench.export.base:NothingToExportError",
    "import_file": "workbench.export.importing:import_file",
    "ExportOptionError": "workbench.export.orchestrator:ExportOptionError",
    "export_project": "workbench.export.orchestrator:export_project",
    "export_project_report": "workbench.export.orchestrator:export_project_report",
    "nothing_message": "workbench.export.orchestrator:nothing_message",
    "output_path": "workbench.export.orchestrator:output_path",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = _LAZY[name].partition(":")
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


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
