"""The targets of a project: its first translation, and those added later with `add-translation`.

Below realign, translations and export, which all need to tell one target from another: the
first target's links name no target document; an added target's links name its document.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.model import Role
from workbench.store import Store

ADDED_TRANSLATION = "added_translation"
"""Document meta key of a target added with `add-translation` (its links name it; the first target's do not)."""


@dataclass
class TargetInfo:
    """One target of a project: its document, its language, and which links belong to it."""

    document_id: int
    lang: str
    path: str | None
    link_target: int | None
    """The value links to this target carry in `Link.target_document` (None for the first target)."""
    links: int = 0


def targets(store: Store, project_id: int) -> list[TargetInfo]:
    """Every target of a project, the first one (links with no target document named) first."""
    out: list[TargetInfo] = []
    first_seen = False
    for doc in store.documents(project_id, Role.TARGET):
        assert doc.id is not None
        added = bool(doc.meta.get(ADDED_TRANSLATION))
        if not added and first_seen:
            continue  # an imported project's further target documents belong to the first target
        link_target = doc.id if added else None
        first_seen = first_seen or not added
        out.append(TargetInfo(doc.id, doc.lang, doc.path, link_target))
    for info in out:
        info.links = len(store.links(project_id, info.link_target))
    return out
