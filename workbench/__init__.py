"""workbench: an offline translation and alignment workbench.

The same core serves the CLI, the review server and Python users::

    from workbench import Store, run
    result = run("lettre.txt", english="letter.txt")
"""

from __future__ import annotations

from workbench.errors import (  # noqa: E402
    ConflictError,
    InputError,
    NotFoundError,
    StageMissingError,
    StoreError,
    WorkbenchError,
)
from workbench.model import Document, Draft, Link, LinkStatus, Paragraph, Project, Role, Segment  # noqa: E402
from workbench.pipeline import RunResult, run  # noqa: E402
from workbench.realign import RealignResult, pin, realign  # noqa: E402
from workbench.store import Store  # noqa: E402
from workbench.translations import AddTranslationResult, add_translation  # noqa: E402
from workbench.version import __version__

__all__ = [
    "__version__",
    "AddTranslationResult",
    "ConflictError",
    "Document",
    "Draft",
    "InputError",
    "Link",
    "LinkStatus",
    "NotFoundError",
    "Paragraph",
    "Project",
    "RealignResult",
    "Role",
    "RunResult",
    "Segment",
    "StageMissingError",
    "Store",
    "StoreError",
    "WorkbenchError",
    "add_translation",
    "pin",
    "realign",
    "run",
]
