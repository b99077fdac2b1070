"""Turn a stored project's links into exportable units.

Rules every format shares: a link's segments are joined by one space, their
typography (NBSP before « » : ; ! ?, curly apostrophes) kept exactly as stored;
unaligned segments (1:0, 0:1) are never exported as pairs; excluded (`rejected`) links never
leave the workbench.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from workbench.export.base import ExportUnit
from workbench.model import Link, Role
from workbench.store import Store
from workbench.textjoin import EDGE as _EDGE
from workbench.textjoin import join_segments
from workbench.triage import check_status, resolve_threshold, wanted
from workbench.xmlsafe import clean_text

__all__ = [
    "TUID_FLAG",
    "TYPE_FLAG",
    "UnitSelection",
    "project_units",
]

# Flags an import leaves on a link so that a re-export writes the same unit again.
TUID_FLAG = "tuid="
TYPE_FLAG = "link-type="


@dataclass
class UnitSelection:
    units: list[ExportUnit] = field(default_factory=list)
    skipped_unaligned: int = 0
    skipped_empty: int = 0
    cleaned_characters: int = 0


def _flag(link: Link, prefix: str) -> str | None:
    for f in link.flags:
        if f.startswith(prefix):
            return f[len(prefix) :]
    return None


def project_units(
    store: Store,
    project_id: int,
    *,
    status: str = "approved",
    min_confidence: float | None = None,
    target_document: int | None = None,
) -> UnitSelection:
    """Units of the links to the project's first target (or to `target_document`, a target added later)."""
    status = check_status(status)
    min_confidence = resolve_threshold(store, project_id, status, min_confidence)
    project = store.project(project_id)
    seg_text: dict[int, str] = {}
    seg_doc: dict[int, str] = {}
    for doc in store.documents(project_id):
        name = PurePath(doc.path).name if doc.path else f"{project.name}-{doc.role.value}"
        for seg in doc.segments:
            if seg.id is not None:
                seg_text[seg.id] = seg.text
                if doc.role is Role.SOURCE:
                    seg_doc[seg.id] = name
    out = UnitSelection()
    for link in store.links(project_id, target_document):
        if not wanted(link, status, min_confidence):
            continue
        if not link.src or not link.tgt:
            out.skipped_unaligned += 1
            continue
        source, n_src = clean_text(join_segments([seg_text.get(i, "") for i in link.src], project.src_lang))
        target, n_tgt = clean_text(join_segments([seg_text.get(i, "") for i in link.tgt], project.tgt_lang))
        out.cleaned_characters += n_src + n_tgt
        source, target = source.strip(_EDGE), target.strip(_EDGE)
        # A side that is only (non-breaking) spaces is empty to every CAT tool.
        if not source.strip() or not target.strip():
            out.skipped_empty += 1
            continue
        kind = link.kind
        imported_kind = _flag(link, TYPE_FLAG)
        if imported_kind and kind == "1:1":
            kind = imported_kind
        note, n_note = clean_text(link.note)
        out.cleaned_characters += n_note
        out.units.append(
            ExportUnit(
                source=source,
                target=target,
                status=link.status.value,
                score=link.score,
                kind=kind,
                note=note.strip(_EDGE),
                doc=seg_doc.get(link.src[0], ""),
                tuid=_flag(link, TUID_FLAG) or f"{project.name.replace(' ', '_')}-{link.id}",
            )
        )
    return out
