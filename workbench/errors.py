"""Errors a person can act on.

Anything raised as a `WorkbenchError` is shown as one clear line (no
traceback) by the CLI and as a 4xx JSON body by the review server.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base class: the message is written for the user, not the developer."""

    exit_code = 1


class InputError(WorkbenchError):
    """The file or argument given cannot be used (empty, binary, wrong format...)."""


class NotFoundError(WorkbenchError):
    """A project, segment, link or model that does not exist."""


class ConflictError(WorkbenchError):
    """The project changed since the caller last read it (another tab, another process)."""


class StageMissingError(WorkbenchError):
    """A pipeline stage that is not available in this installation."""


class StoreError(WorkbenchError):
    """The workspace database cannot be opened or written (read-only, disk full, corrupt)."""
