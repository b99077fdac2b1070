"""The main job, one document pair at a time: read, segment, draft, align, store, export.

The CLI, the batch runner (local processes or Ray) and Python users all call
`run()`. Running it again on the same files reuses the project and every
cached draft and embedding; review work already done is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.errors import InputError, StageMissingError, WorkbenchError
from workbench.filekind import check_pdf_name
from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD, ORIGIN_JOINED, check_threshold
from workbench.model import Document, Draft, Link, LinkStatus, Paragraph, Project, Role, Segment, is_set_aside
from workbench.store import Store, text_hash
from workbench.triage import DEFAULT_THRESHOLD, check_confidence_threshold, project_threshold, triage_counts

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): how far a long stage has come."""


@dataclass
class RunResult:
    project: Project
    source_segments: int
    target_segments: int
    target_kind: str = "none"
    """'document' (the English version given), 'drafts' (machine drafts to post-edit) or 'none'."""
    links_by_kind: dict[str, int] = field(default_factory=dict)
    confident: int = 0
    """Links in the TMX before review: approved or edited, and proposed ones at or above the threshold."""
    doubtful: int = 0
    """Proposed links below the threshold, unscored or unaligned (see workbench.triage)."""
    marked: int = 0
    """Links marked "needs review" (every draft of a project made without an English version)."""
    threshold: float = DEFAULT_THRESHOLD
    drafted: int = 0
    """Source segments with a draft, from the memory or the model."""
    from_memory: int = 0
    """Drafts from the workspace memory (memory 100%, numbers changed included)."""
    numbers_changed: int = 0
    """Of those, drafts whose numbers or dates were substituted (memory 100% (numbers changed))."""
    from_model: int = 0
    fuzzy_suggestions: int = 0
    """Segments drafted by the model with a fuzzy memory match beside them on the review page."""
    undrafted: int = 0
    memory_flagged: int = 0
    """Memory drafts that a check flagged (a glossary term missing...): shown on the page, not silently used."""
    memory_origins: dict[str, int] = field(default_factory=dict)
    """TMX or project name -> drafts taken from it."""
    model_loaded: bool = False
    model: str | None = None
    embedder: str | None = None
    reused: bool = False
    exports: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    set_aside: dict[str, int] = field(default_factory=dict)
    """Segments kept out of alignment, by kind ("furniture", "footnote"), both documents together."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "project": self.project.name,
            "source_segments": self.source_segments,
            "target_segments": self.target_segments,
            "target_kind": self.target_kind,
            "links_by_kind": self.links_by_kind,
            "links": sum(self.links_by_kind.values()),
            "threshold": self.threshold,
            "confident": self.confident,
            "doubtful": self.doubtful,
            "needs_review": self.marked,
            "drafted": self.drafted,
            "drafts": {
                "memory": self.from_memory - self.numbers_changed,
                "memory_numbers_changed": self.numbers_changed,
                "model": self.from_model,
                "none": self.undrafted,
                "fuzzy_suggestions": self.fuzzy_suggestions,
                "memory_flagged": self.memory_flagged,
                "memory_origins": self.memory_origins,
            },
            "model": self.model,
            "model_loaded": self.model_loaded,
            "embedder": self.embedder,
            "reused": self.reused,
            "exports": [str(p) for p in self.exports],
            "notes": self.notes,
            "set_aside": self.set_aside,
        }

    def __str__(self) -> str:
        lines = [
            f"project {self.project.name}: {self.source_segments} source segments, "
            f"{self.target_segments} target segments ({self.target_kind})"
        ]
        if self.links_by_kind:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.links_by_kind.items()))
            lines.append(f"links: {kinds}; {describe_triage(self)}")
        if self.drafted or self.fuzzy_suggestions:
            lines.append(f"drafts: {describe_drafts(self)}")
        if self.set_aside:
            lines.append(f"set aside (not aligned): {describe_set_aside(self.set_aside)}")
        lines += [f"wrote {p}" for p in self.exports]
        lines += self.notes
        return "\n".join(lines)


def describe_drafts(result: RunResult) -> str:
    """`12 from memory (2 with numbers changed), 30 from the model; 3 fuzzy matches to compare`."""
    parts = []
    if result.from_memory:
        changed = f" ({result.numbers_changed} with numbers changed)" if result.numbers_changed else ""
        parts.append(f"{result.from_memory} from memory{changed}")
    if result.from_model:
        parts.append(f"{result.from_model} from the model")
    if result.undrafted:
        parts.append(f"{result.undrafted} with none")
    text = ", ".join(parts) or "none"
    if result.fuzzy_suggestions:
        n = result.fuzzy_suggestions
        text += f"; {n} fuzzy {'match' if n == 1 else 'matches'} to compare"
    return text


def describe_triage(result: RunResult) -> str:
    """`30 confident, 8 doubtful (below 0.5 or unaligned)`, and those marked needs review when there are any."""
    text = f"{result.confident} confident, {result.doubtful} doubtful (below {result.threshold:g} or unaligned)"
    if result.marked:
        text += f", {result.marked} marked needs review"
    return text


def describe_set_aside(counts: dict[str, int]) -> str:
    """`6 page headers/footers, 2 footnotes`: what the readers kept out of alignment."""
    names = {"furniture": ("page header/footer", "page headers/footers"), "footnote": ("footnote", "footnotes")}
    parts = []
    for kind, n in sorted(counts.items()):
        one, many = names.get(kind, (kind, kind))
        parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def check_input_file(path: str | Path, what: str = "input") -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} file not found: {p}")
    if p.is_dir():
        raise InputError(f"{what} {p} is a folder, not a file")
    return p


def read_and_segment(
    path: str | Path, lang: str, role: Role, presegmented: bool = False, progress: Progress | None = None
) -> Document:
    """Read one file into a segmented Document (one segment per line when `presegmented`).

    `progress("read", page, pages)` follows a PDF page by page.
    """
    from workbench import readers
    from workbench.segment import segment_document

    p = check_input_file(path, "the " + role.value)
    check_pdf_name(p)
    if presegmented:
        return readers.read_presegmented(p, lang=lang, role=role)
    pages = None if progress is None else lambda done, total: progress("read", done, total)
    document = segment_document(readers.read_document(p, lang=lang, role=role, progress=pages))
    if not document.segments:
        raise InputError(f"{p} holds no text to align (no sentences found)")
    return document


def _document_fingerprint(document: Document) -> str:
    return text_hash("\n".join(s.text for s in document.segments))


def _first_per_role(documents: list[Document]) -> dict[Role, Document]:
    """The source and the first target: translations added later (`add-translation`) come after them."""
    out: dict[Role, Document] = {}
    for doc in documents:
        out.setdefault(doc.role, doc)
    return out


def _find_reusable(store: Store, name: str, source: Document, target: Document | None) -> Project | None:
    """The project of an earlier run on the same files, or None; a different one under this name is an error."""
    try:
        project = store.project(name)
    except WorkbenchError:
        return None
    stored = _first_per_role(store.documents(project.id))
    interrupted = Role.SOURCE not in stored or (target is not None and Role.TARGET not in stored)
    if interrupted and not store.events(project.id):
        # An earlier run was killed between creating the project and storing its documents:
        # nothing in it is anyone's work, so start it again rather than refuse the name.
        store.delete_project(project.id)
        return None
    same = Role.SOURCE in stored and stored[Role.SOURCE].meta.get("fingerprint") == _document_fingerprint(source)
    if target is None:
        same = same and (Role.TARGET not in stored or bool(stored[Role.TARGET].meta.get("from_drafts")))
    else:
        same = (
            same
            and Role.TARGET in stored
            and stored[Role.TARGET].meta.get("fingerprint") == _document_fingerprint(target)
        )
    if not same:
        raise InputError(
            f"a project named {name!r} already exists with other documents; choose another name with "
            f"--project, or delete it first with: workbench projects delete {name!r}"
        )
    return project


def _store_document(store: Store, project_id: int, document: Document) -> Document:
    document.meta["fingerprint"] = _document_fingerprint(document)
    return store.add_document(project_id, document)


def _installed_model(model: str | None) -> Any | None:
    """The fr→en package to draft with, or None when none is installed (drafting is optional)."""
    try:
        from workbench.translate import find_model
    except ImportError:
        return None
    found = find_model("fr", "en", name=model)
    if found is None and model is not None:
        raise InputError(f"no installed translation model {model!r}; see: workbench models list")
    return found


def _draft(
    store: Store, project: Project, package: Any, progress: Progress | None, fuzzy_threshold: float, memory: bool
) -> Any:
    """The memory first, then the model (when one is installed) for the rest: a `DraftReport`."""
    from workbench.translate import draft_project_report

    def report(done: int, total: int) -> None:
        if progress:
            progress("translate", done, total)

    return draft_project_report(
        store,
        project.id,
        package=package,
        progress=report,
        memory=memory,
        fuzzy_threshold=fuzzy_threshold,
        need_model=False,
    )


def _drafts_as_target(store: Store, project: Project, source: Document, drafts: dict[int, Draft], model: str) -> None:
    """No English version: the drafts become the target side, one per French segment, to post-edit in review.

    A memory unit that covers several consecutive segments (a 2:1 pair, a signature block kept as
    one unit) gives one target segment for all of them, and one n:1 row. Segments without a draft
    get an empty one to fill in.
    """
    paragraphs: list[Paragraph] = []
    text_parts: list[str] = []
    groups: list[list[int]] = []
    offset = 0
    for paragraph in source.paragraphs:
        if is_set_aside(paragraph.kind):
            continue  # page headers and footnotes get no draft to post-edit
        p_idx = len(paragraphs)
        segs: list[Segment] = []
        p_start = offset
        for seg in paragraph.segments:
            found = drafts.get(seg.id or -1)
            if found is not None and found.origin == ORIGIN_JOINED and groups:
                groups[-1].append(seg.id or 0)  # inside the previous segment's memory draft
                continue
            draft = found.text if found is not None else ""
            segs.append(Segment(draft, "en", offset, offset + len(draft), p_idx, seg.kind))
            groups.append([seg.id or 0])
            text_parts.append(draft + " ")
            offset += len(draft) + 1
        if not segs:
            continue  # every segment of it is inside a memory draft that began in the paragraph before
        paragraphs.append(Paragraph("", p_start, offset, paragraph.kind, segs))
        text_parts[-1:] = [text_parts[-1].rstrip(" ") + "\n"]
    text = "".join(text_parts)
    for p in paragraphs:
        p.text = text[p.start : p.end]
    doc = Document(text=text, lang="en", paragraphs=paragraphs, format="drafts", role=Role.TARGET)
    doc.meta["from_drafts"] = model
    _store_document(store, project.id, doc)
    tgt_ids = [s.id for s in doc.segments]
    store.replace_links(
        project.id,
        [
            Link(src, [b], None, LinkStatus.NEEDS_REVIEW)
            for src, b in zip(groups, tgt_ids, strict=True)
            if b and all(src)
        ],
        kind="drafts",
    )


def _align(
    store: Store,
    project: Project,
    source: Document,
    target: Document,
    drafts: dict[int, str],
    embedder_name: str | None,
) -> str:
    from workbench.align import align_stored_segments
    from workbench.embed import get_embedder

    embedder = get_embedder(embedder_name, store=store)
    src = source.segments
    tgt = target.segments
    beads = align_stored_segments(src, tgt, embedder, drafts=drafts)
    src_ids = [s.id or 0 for s in src]
    tgt_ids = [s.id or 0 for s in tgt]
    links = [Link([src_ids[i] for i in bead.src], [tgt_ids[j] for j in bead.tgt], float(bead.score)) for bead in beads]
    store.replace_links(project.id, links, kind="align")
    return str(embedder.name)


def _has_review_work(store: Store, project_id: int) -> bool:
    return any(e.actor != "aligner" for e in store.events(project_id))


def default_project_name(path: str | Path) -> str:
    stem = Path(path).stem.strip() or "document"
    safe = "".join(c if c.isalnum() or c in "-_ ." else "-" for c in stem).lstrip(".") or "document"
    return safe[:100]


def run(
    fr_file: str | Path,
    english: str | Path | None = None,
    *,
    project: str | None = None,
    out: str | Path | None = "aligned",
    embedder: str | None = None,
    model: str | None = None,
    threshold: float | None = None,
    translate: bool = True,
    workspace: str | Path | None = None,
    store: Store | None = None,
    progress: Progress | None = None,
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
    memory: bool = True,
    force: bool = False,
) -> RunResult:
    """Segment, draft, align, store and export one document (and its English version when given).

    Drafts come from the workspace translation memory first (exact matches, number-only
    differences); the model, loaded only when some segment needs it, drafts the rest, and
    fuzzy matches scoring at least `fuzzy_threshold` percent are kept for review.
    Exports a TMX of the confident links (approved ones, and proposed ones scoring at least
    `threshold`: the project's own, 0.5 for a new one, unless given) into `out`; `out=None`
    skips the export. A French document that is clearly English (or an English version that
    is clearly French) is refused unless `force`.
    """
    if threshold is not None:
        check_confidence_threshold(threshold)
    fuzzy_threshold = check_threshold(fuzzy_threshold)
    check_input_file(fr_file, "French")
    if english is not None:
        check_input_file(english, "English")
    source = read_and_segment(fr_file, "fr", Role.SOURCE, progress=progress)
    target = read_and_segment(english, "en", Role.TARGET, progress=progress) if english is not None else None
    from workbench.langcheck import check_pair

    check_pair(source, target, fr_file, english, force)

    own_store = store is None
    db = store or Store.open_workspace(workspace)
    try:
        name = project or default_project_name(fr_file)
        proj = _find_reusable(db, name, source, target)
        reused = proj is not None
        if proj is None:
            threshold = DEFAULT_THRESHOLD if threshold is None else threshold
            proj = db.create_project(
                name, "fr", "en", settings={"threshold": threshold, "fuzzy_threshold": fuzzy_threshold}
            )
            _store_document(db, proj.id, source)
            if target is not None:
                _store_document(db, proj.id, target)
        elif threshold is None:
            threshold = project_threshold(proj)  # a rerun keeps the threshold the project was given
        elif threshold != project_threshold(proj):
            proj = db.update_settings(proj.id, {"threshold": threshold})  # the page and export use it too
        stored = _first_per_role(db.documents(proj.id))
        source = stored[Role.SOURCE]
        target = stored.get(Role.TARGET) if english is not None else None
        result = RunResult(proj, len(source.segments), len(target.segments) if target else 0, reused=reused)
        result.target_kind = "document" if target is not None else "none"
        for doc in (source, target):
            for seg in doc.all_segments if doc is not None else []:
                if is_set_aside(seg.kind):
                    result.set_aside[seg.kind] = result.set_aside.get(seg.kind, 0) + 1

        drafts: dict[int, Draft] = {}
        package = _installed_model(model) if translate else None
        if translate:
            # The memory is asked before any model is loaded; with everything in it, none is.
            report = _draft(db, proj, package, progress, fuzzy_threshold, memory)
            drafts = {d.segment_id: d for d in report.drafts}
            result.drafted = len(drafts)
            result.from_memory, result.numbers_changed = report.from_memory, report.numbers_changed
            result.from_model, result.undrafted = report.from_model, report.undrafted
            result.fuzzy_suggestions, result.memory_flagged = report.fuzzy, report.memory_flagged
            result.memory_origins, result.model_loaded = report.origins, report.loaded
            if report.from_model:
                result.model = str(getattr(package, "name", model))
            if result.memory_flagged:
                result.notes.append(
                    f"{result.memory_flagged} memory drafts were flagged by the draft checks (a glossary term or a "
                    "number missing): see the flags in review"
                )
            if package is None and report.undrafted:
                n = report.undrafted
                which = "no drafts were made" if not drafts else f"{n} segment{'s have' if n > 1 else ' has'} no draft"
                result.notes.append(
                    f"no fr→en translation model is installed, so {which} "
                    "(install one with: workbench models install translate-fr_en-1_9.argosmodel)"
                )
        draft_texts = {sid: d.text for sid, d in drafts.items() if d.text}

        review_started = reused and _has_review_work(db, proj.id)
        if review_started:
            result.notes.append("review work found in this project: links kept as they are (not re-aligned)")
        elif target is not None:
            result.embedder = _align(db, proj, source, target, draft_texts, embedder)
        elif draft_texts and Role.TARGET not in stored:
            _drafts_as_target(db, proj, source, drafts, result.model or "memory")
            result.target_kind = "drafts"
            result.target_segments = len(_first_per_role(db.documents(proj.id))[Role.TARGET].segments)
        elif draft_texts:
            result.target_kind = "drafts"
            target_doc = _first_per_role(db.documents(proj.id)).get(Role.TARGET)
            result.target_segments = len(target_doc.segments) if target_doc else len(draft_texts)

        links = db.links(proj.id)
        for link in links:
            result.links_by_kind[link.kind] = result.links_by_kind.get(link.kind, 0) + 1
        counts = triage_counts(links, threshold)
        result.threshold = threshold
        result.confident = counts["decided"] + counts["confident"]
        result.doubtful, result.marked = counts["doubtful"], counts["needs_review"]
        if not links:
            result.notes.append(
                "nothing to align: give the English version with --english, or install a fr→en model for drafts"
            )
        elif out is not None:
            from workbench.export import NothingToExportError, export_project

            try:
                # The pair just aligned, even when the project holds added translations too.
                tmx = export_project(
                    db,
                    proj.id,
                    "tmx",
                    Path(out) / f"{proj.name}.tmx",
                    status="confident",
                    min_confidence=threshold,
                    multilingual=False,
                )
                result.exports.append(tmx)
            except NothingToExportError:
                result.notes.append(
                    "no link is confident enough to export before review; approve links in "
                    f"`workbench review {proj.name}`, then run `workbench export {proj.name}`"
                )
        result.project = db.project(proj.id)
        return result
    finally:
        if own_store:
            db.close()


__all__ = [
    "DEFAULT_THRESHOLD",
    "Progress",
    "RunResult",
    "StageMissingError",
    "check_input_file",
    "default_project_name",
    "describe_drafts",
    "describe_set_aside",
    "describe_triage",
    "read_and_segment",
    "run",
]
