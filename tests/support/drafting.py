"""Draft a project when a model is installed, else say how to get one (no product path calls this)."""

from __future__ import annotations

from collections.abc import Callable

from workbench.model import Draft
from workbench.store import Store
from workbench.translate import ModelMissingError, draft_project, require_model

Progress = Callable[[int, int], None]


def draft_if_possible(
    store: Store,
    project_id: int | str,
    *,
    model: str | None = None,
    beam: int = 4,
    batch_size: int = 32,
    progress: Progress | None = None,
) -> tuple[list[Draft], str | None]:
    """Draft the project when a model is installed, else a note on how to install one.

    Returns (drafts, note); the note is None when drafting ran. Alignment does not need drafts,
    so a missing model is a note rather than an error.
    """
    project = store.project(project_id)
    try:
        package = require_model(project.src_lang, project.tgt_lang, name=model)
    except ModelMissingError as exc:
        return [], f"no drafts: {exc}"
    drafts = draft_project(store, project.id, package=package, beam=beam, batch_size=batch_size, progress=progress)
    return drafts, None
