"""Draft a stored project: every source segment gets a machine translation, saved as it comes.

Identical sentences are translated once (the store's translation cache is keyed by model
and text, and shared by every project in the workspace). Drafts and cache entries are
committed after every batch, so an interrupted run loses at most one batch and the next
run starts where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.errors import InputError, WorkbenchError
from workbench.model import Draft, Role, Segment
from workbench.store import Store
from workbench.translate.checks import check_draft
from workbench.translate.ctranslate import Translator
from workbench.translate.packages import InstalledPackage, find_model, packages_dir

Progress = Callable[[int, int], None]


class ModelMissingError(WorkbenchError):
    """No installed package translates the project's language pair."""


def require_model(from_code: str = "fr", to_code: str = "en", name: str | None = None) -> InstalledPackage:
    """The installed package to use, or an error saying how to install one."""
    package = find_model(from_code, to_code, name=name)
    if package is None:
        what = f"named {name!r}" if name else f"for {from_code}→{to_code}"
        raise ModelMissingError(
            f"no translation model {what} is installed (looked in {packages_dir()}); install one with "
            f"`workbench models install {from_code} {to_code}` (online) or "
            "`workbench models install FILE.argosmodel` (see docs/translation.md)"
        )
    if name is not None and (package.from_code, package.to_code) != (from_code, to_code):
        raise InputError(
            f"the model {name!r} translates {package.from_code}→{package.to_code}, "
            f"but this text needs {from_code}→{to_code}"
        )
    return package


def translate_texts(
    texts: list[str],
    *,
    package: InstalledPackage | None = None,
    store: Store | None = None,
    beam: int = 4,
    batch_size: int = 32,
    threads: int = 0,
    device: str = "auto",
    progress: Progress | None = None,
    translator: Translator | None = None,
) -> list[str]:
    """Translations of `texts` (fr→en unless `package` says otherwise), in order.

    Each distinct text is translated once; with a `store`, earlier results are reused and
    new ones cached per batch.
    """
    if translator is None:
        translator = Translator(
            package or require_model(), beam=beam, batch_size=batch_size, threads=threads, device=device
        )
    unique = list(dict.fromkeys(texts))
    known = store.cached_translations(translator.model_id, unique) if store is not None else {}
    todo = [t for t in unique if t not in known]
    done = len(unique) - len(todo)
    if progress:
        progress(done, len(unique))
    for indices, outputs in translator.batches(todo):
        fresh = {todo[i]: out for i, out in zip(indices, outputs, strict=True)}
        if store is not None:
            store.cache_translations(translator.model_id, fresh)
        known.update(fresh)
        done += len(indices)
        if progress:
            progress(done, len(unique))
    return [known[t] for t in texts]


def source_segments(store: Store, project_id: int) -> list[Segment]:
    return [s for doc in store.documents(project_id, Role.SOURCE) for s in doc.segments]


def draft_project(
    store: Store,
    project_id: int | str,
    *,
    package: InstalledPackage | None = None,
    beam: int = 4,
    batch_size: int = 32,
    progress: Progress | None = None,
    threads: int = 0,
    device: str = "auto",
    translator: Translator | None = None,
) -> list[Draft]:
    """Draft every source segment of the project; returns the drafts in segment order.

    Segments already drafted by this model are kept as they are (that is how a run resumes).
    `progress(done, total)` counts segments.
    """
    project = store.project(project_id)
    if translator is None:
        if package is None:
            package = require_model(project.src_lang, project.tgt_lang)
        elif (package.from_code, package.to_code) != (project.src_lang, project.tgt_lang):
            raise InputError(
                f"the model {package.name} translates {package.from_code}→{package.to_code}, but project "
                f"{project.name!r} is {project.src_lang}→{project.tgt_lang}; nothing was changed"
            )
        translator = Translator(package, beam=beam, batch_size=batch_size, threads=threads, device=device)
    model_id = translator.model_id
    segments = [s for s in source_segments(store, project.id) if s.id is not None]
    drafts: dict[int, Draft] = store.drafts(project.id, model=model_id)
    pending = [s for s in segments if s.id not in drafts]
    total, done = len(segments), len(segments) - len(pending)
    if progress:
        progress(done, total)

    by_text: dict[str, list[Segment]] = {}
    for seg in pending:
        by_text.setdefault(seg.text, []).append(seg)

    def store_drafts(translations: dict[str, str]) -> int:
        new = [
            Draft(seg.id, model_id, target, check_draft(source, target, target_lang=project.tgt_lang))
            for source, target in translations.items()
            for seg in by_text[source]
            if seg.id is not None
        ]
        if new:
            store.save_drafts(new)
            drafts.update({d.segment_id: d for d in new})
        return len(new)

    cached = store.cached_translations(model_id, list(by_text))
    done += store_drafts(cached)
    if progress and cached:
        progress(done, total)
    todo = [t for t in by_text if t not in cached]
    for indices, outputs in translator.batches(todo):
        fresh = {todo[i]: out for i, out in zip(indices, outputs, strict=True)}
        store.cache_translations(model_id, fresh)
        done += store_drafts(fresh)
        if progress:
            progress(done, total)
    return [drafts[s.id] for s in segments if s.id in drafts]


def draft_if_possible(
    store: Store,
    project_id: int | str,
    *,
    model: str | None = None,
    beam: int = 4,
    batch_size: int = 32,
    progress: Progress | None = None,
) -> tuple[list[Draft], str | None]:
    """For `workbench run`: draft the project when a model is installed, else say how to get one.

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
