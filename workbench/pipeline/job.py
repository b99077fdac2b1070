"""`run()`: the main job for one document pair, as steps: read, open or create the project, draft,
align (or make the drafts the target), summarise, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD, check_threshold
from workbench.model import Document, Draft, Link, Project, Role, is_set_aside
from workbench.pipeline.inputs import Progress, check_input_file, default_project_name, read_and_segment
from workbench.pipeline.project import (
    drafts_as_target,
    find_reusable,
    first_per_role,
    has_review_work,
    store_document,
)
from workbench.pipeline.result import RunResult
from workbench.store import Store
from workbench.triage import DEFAULT_THRESHOLD, check_confidence_threshold, project_threshold, triage_counts


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
    source, target = _read_pair(fr_file, english, force, progress)
    own_store = store is None
    db = store or Store.open_workspace(workspace)
    try:
        name = project or default_project_name(fr_file)
        proj, reused, threshold = _open_or_create(db, name, source, target, threshold, fuzzy_threshold)
        stored = first_per_role(db.documents(proj.id))
        source = stored[Role.SOURCE]
        target = stored.get(Role.TARGET) if english is not None else None
        result = _start_result(proj, source, target, reused)
        drafts = _draft(db, proj, result, model, progress, fuzzy_threshold, memory) if translate else {}
        _align_or_use_drafts(db, proj, result, source, target, drafts, embedder, Role.TARGET in stored)
        _summarise(db, proj, result, threshold)
        if result.links_by_kind:
            # Confident means what the TMX gets: the export's own count, or its selection when none is written.
            if out is not None:
                result.confident = _export_tmx(db, proj, result, Path(out), threshold)
            else:
                result.confident = _confident_units(db, proj, threshold)
        result.project = db.project(proj.id)
        return result
    finally:
        if own_store:
            db.close()


def _read_pair(
    fr_file: str | Path, english: str | Path | None, force: bool, progress: Progress | None
) -> tuple[Document, Document | None]:
    """Both files read and segmented; a pair in the wrong languages is refused unless `force`."""
    from workbench.langcheck import check_pair

    check_input_file(fr_file, "French")
    if english is not None:
        check_input_file(english, "English")
    source = read_and_segment(fr_file, "fr", Role.SOURCE, progress=progress)
    target = read_and_segment(english, "en", Role.TARGET, progress=progress) if english is not None else None
    check_pair(source, target, fr_file, english, force)
    return source, target


def _open_or_create(
    store: Store,
    name: str,
    source: Document,
    target: Document | None,
    threshold: float | None,
    fuzzy_threshold: float,
) -> tuple[Project, bool, float]:
    """(the project, reused?, its threshold): an earlier run's on the same files, else a new one."""
    project = find_reusable(store, name, source, target)
    if project is None:
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        project = store.create_project(
            name, "fr", "en", settings={"threshold": threshold, "fuzzy_threshold": fuzzy_threshold}
        )
        store_document(store, project.id, source)
        if target is not None:
            store_document(store, project.id, target)
        return project, False, threshold
    if threshold is None:
        threshold = project_threshold(project)  # a rerun keeps the threshold the project was given
    elif threshold != project_threshold(project):
        project = store.update_settings(project.id, {"threshold": threshold})  # the page and export use it too
    return project, True, threshold


def _start_result(project: Project, source: Document, target: Document | None, reused: bool) -> RunResult:
    result = RunResult(project, len(source.segments), len(target.segments) if target else 0, reused=reused)
    result.target_kind = "document" if target is not None else "none"
    for doc in (source, target):
        for seg in doc.all_segments if doc is not None else []:
            if is_set_aside(seg.kind):
                result.set_aside[seg.kind] = result.set_aside.get(seg.kind, 0) + 1
    return result


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
    store: Store,
    project: Project,
    result: RunResult,
    model: str | None,
    progress: Progress | None,
    fuzzy_threshold: float,
    memory: bool,
) -> dict[int, Draft]:
    """The memory first, then the model (when one is installed) for the rest: segment id -> draft."""
    from workbench.translate import draft_project_report

    package = _installed_model(model)

    def report_progress(done: int, total: int) -> None:
        if progress:
            progress("translate", done, total)

    # The memory is asked before any model is loaded; with everything in it, none is.
    report = draft_project_report(
        store,
        project.id,
        package=package,
        progress=report_progress,
        memory=memory,
        fuzzy_threshold=fuzzy_threshold,
        need_model=False,
    )
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
    return drafts


def _align_or_use_drafts(
    store: Store,
    project: Project,
    result: RunResult,
    source: Document,
    target: Document | None,
    drafts: dict[int, Draft],
    embedder: str | None,
    target_stored: bool,
) -> None:
    """Align with the English version; without one, the drafts are the target. Review work is kept as it is."""
    draft_texts = {sid: d.text for sid, d in drafts.items() if d.text}
    if result.reused and has_review_work(store, project.id):
        result.notes.append("review work found in this project: links kept as they are (not re-aligned)")
    elif target is not None:
        result.embedder = _align(store, project, source, target, draft_texts, embedder)
    elif draft_texts and not target_stored:
        drafts_as_target(store, project, source, drafts, result.model or "memory")
        result.target_kind = "drafts"
        result.target_segments = len(first_per_role(store.documents(project.id))[Role.TARGET].segments)
    elif draft_texts:
        result.target_kind = "drafts"
        target_doc = first_per_role(store.documents(project.id)).get(Role.TARGET)
        result.target_segments = len(target_doc.segments) if target_doc else len(draft_texts)


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


def _summarise(store: Store, project: Project, result: RunResult, threshold: float) -> None:
    """Links by kind, and how many are doubtful or marked needs review (`run` counts the confident ones)."""
    links = store.links(project.id)
    for link in links:
        result.links_by_kind[link.kind] = result.links_by_kind.get(link.kind, 0) + 1
    counts = triage_counts(links, threshold)
    result.threshold = threshold
    result.doubtful, result.marked = counts["doubtful"], counts["needs_review"]
    if not links:
        result.notes.append(
            "nothing to align: give the English version with --english, or install a fr→en model for drafts"
        )


def _confident_units(store: Store, project: Project, threshold: float) -> int:
    """The units a `confident` export holds: the summary counts what the TMX gets, by the export's own rule."""
    from workbench.export.units import project_units

    return len(project_units(store, project.id, status="confident", min_confidence=threshold).units)


def _export_tmx(store: Store, project: Project, result: RunResult, out: Path, threshold: float) -> int:
    """The confident links' TMX into `out`; returns how many units it holds (0: none, and no file)."""
    from workbench.export import NothingToExportError, export_project_report

    try:
        # The pair just aligned, even when the project holds added translations too.
        written = export_project_report(
            store,
            project.id,
            "tmx",
            out / f"{project.name}.tmx",
            status="confident",
            min_confidence=threshold,
            multilingual=False,
        )
        result.exports.append(written.path)
        return written.units
    except NothingToExportError:
        result.notes.append(
            "no link is confident enough to export before review; approve links in "
            f"`workbench review {project.name}`, then run `workbench export {project.name}`"
        )
        return 0
