"""The English document of a reviewed project, rebuilt from the original file (`export --format document`).

The English of each French segment comes from the project's links: in a drafted
project (no English version was given) every link's target segment is the
post-edited draft; otherwise the linked English segments of the links the
export asks for (by default the confident ones: approved, edited, and proposed at or
above the project's threshold, as `run` exports them). A French segment with no such
link gets its machine draft when there is one, else stays in French, marked as such
(`rebuild.base.mark_gap`), and the result says how many.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document, LinkStatus, Role
from workbench.outfiles import resolve_output
from workbench.rebuild.base import (
    NATURAL_OUTPUT,
    RebuildResult,
    SourceChangedError,
    count,
    mark_gap,
    plan_paragraphs,
)
from workbench.store import Store
from workbench.textjoin import join_pair, join_segments
from workbench.triage import check_status, resolve_threshold, wanted


@dataclass
class ProjectEnglish:
    source: Document
    english: list[str]  # per source segment, in document order
    from_drafts: bool
    unreviewed: int = 0  # drafted project: segments whose draft nobody approved or edited yet
    drafted: int = 0  # English version project: segments given their machine draft instead
    untranslated: int = 0  # segments left in French
    lang: str = "en"  # the target language


def project_english(
    store: Store,
    project_id: int,
    status: str = "approved",
    min_confidence: float | None = None,
    target_document: int | None = None,
) -> ProjectEnglish:
    """The translation of every source segment, from the links to the project's first target
    (or to the added translation `target_document`)."""
    status = check_status(status)
    min_confidence = resolve_threshold(store, project_id, status, min_confidence)
    project = store.project(project_id)
    documents = store.documents(project_id)
    sources = [d for d in documents if d.role is Role.SOURCE]
    if not sources:
        raise InputError(f"project {project.name!r} has no French document to rebuild")
    if len(sources) > 1:
        raise InputError(
            f"project {project.name!r} holds {len(sources)} French documents (an imported memory?); "
            "a document export needs a project made from one file"
        )
    source = sources[0]
    targets = [d for d in documents if d.role is Role.TARGET]
    links = store.links(project_id, target_document)
    target_text = {s.id: s.text for d in targets for s in d.segments if s.id is not None}
    holder = {s.id: d for d in targets for s in d.segments}
    used = [holder[i] for link in links for i in link.tgt if i in holder]
    from_drafts = bool(used) and all(bool(d.meta.get("from_drafts")) for d in used)
    order = {s.id: i for i, s in enumerate(source.segments)}
    english: list[str | None] = [None] * len(order)
    result = ProjectEnglish(source, [], from_drafts)
    last: int | None = None
    orphans: list[str] = []  # English with no French segment (0:1) before the first French one
    result.lang = used[0].lang if used else project.tgt_lang
    for link in links:
        if link.status is LinkStatus.REJECTED:
            continue
        use = from_drafts or wanted(link, status, min_confidence)
        places = sorted(order[i] for i in link.src if i in order)
        text = join_segments([target_text.get(i, "") for i in link.tgt], project.tgt_lang)
        if not use or not text:
            continue
        if from_drafts and not link.status.is_locked:
            result.unreviewed += len(places) or 1
        if not places:
            # English added on the target side only: it follows the English before it.
            if last is None:
                orphans.append(text)
            else:
                english[last] = join_pair(english[last] or "", text)
            continue
        before = english[places[0]]
        english[places[0]] = join_pair(before, text) if before else text
        for k in places[1:]:
            english[k] = english[k] or ""  # its English is in the first segment's
        last = places[0]
    if orphans and english:
        english[0] = join_pair(" ".join(orphans), english[0] or "")
    drafts = store.drafts(project_id)
    out: list[str] = []
    for seg, en in zip(source.segments, english, strict=True):
        if en is None:
            draft = drafts.get(seg.id or -1)
            if draft is not None and draft.text.strip():
                en = draft.text
                result.drafted += 1
            else:
                en = mark_gap(seg.text)  # still French: the writers show it as such
                result.untranslated += 1
        out.append(en)
    result.english = out
    return result


def _original_file(source: Document) -> tuple[Path | None, str | None]:
    """The original .docx or .html to rebuild, or None with the reason it cannot be used."""
    recorded = source.meta.get("source_path") or source.path
    if source.format not in ("docx", "html"):
        return None, None  # text and PDF inputs are written from the stored paragraphs
    if not recorded or not Path(recorded).is_file():
        return None, f"the original file {recorded or '(unknown)'} is gone"
    path = Path(recorded)
    digest = source.meta.get("source_sha256")
    if digest and hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        return None, f"the original file {recorded} has changed since it was read"
    return path, None


def document_output(name: str, fmt: str, out: str | os.PathLike[str] | None, lang: str = "en") -> Path:
    return resolve_output(f"{name}.{lang}.{NATURAL_OUTPUT.get(fmt, 'txt')}", out, name)


def export_document(
    store: Store,
    project_id: int,
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    min_confidence: float | None = None,
    wrap: int | None = None,
    target_document: int | None = None,
) -> RebuildResult:
    """Write the project's English document in the original file's format (plain text when the file is gone)."""
    from workbench.rebuild import write_plans

    project = store.project(project_id)
    gathered = project_english(store, project_id, status, min_confidence, target_document)
    source = gathered.source
    if gathered.english and gathered.untranslated == len(gathered.english):
        raise InputError(
            f"project {project.name!r} has no English for any sentence yet (no link the export takes, no "
            "draft): approve links in review, or export with --status all, or draft it with workbench translate"
        )
    plans = plan_paragraphs(source, gathered.english)
    original, problem = _original_file(source)
    source_format = source.format if original is not None or source.format == "pdf" else "txt"
    tag = gathered.lang + (f"-{target_document}" if target_document is not None else "")
    target = document_output(project.name, source_format, out, tag)
    notes: list[str] = []
    if problem:
        if target.suffix.lower() in (".html", ".htm"):
            target = target.with_suffix(".txt")
        notes.append(f"{problem}: wrote {target.name} from the stored paragraphs, without the original's layout")
    try:
        result = write_plans(plans, target, source=original, source_format=source_format, lang=gathered.lang)
    except SourceChangedError as exc:
        notes.append(f"{exc}: wrote plain text instead")
        result = write_plans(plans, target.with_suffix(".txt"), source=None, source_format="txt", lang=gathered.lang)
    result.notes[:0] = notes
    result.untranslated = gathered.untranslated
    if gathered.from_drafts and gathered.unreviewed:
        result.notes.append(f"{count(gathered.unreviewed, 'segment')} still machine drafts nobody has approved")
    if gathered.drafted:
        result.notes.append(f"{count(gathered.drafted, 'segment')} without confident English: machine drafts used")
    if gathered.untranslated:
        how = "marked [[FR: …]]" if result.format == "txt" else "highlighted"
        result.notes.append(f"{count(gathered.untranslated, 'segment')} without English yet: left in French, {how}")
    return result
