"""Draft a stored project: every source segment gets a draft, saved as it comes.

The workspace translation memory is asked first (`memory_first.py`); the model drafts the
rest, and is loaded only when a sentence is in neither the memory nor the cache.
Identical sentences are translated once (the store's translation cache is keyed by model
and text, and shared by every project in the workspace). Drafts and cache entries are
committed after every batch, so an interrupted run loses at most one batch and the next
run starts where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import InputError, WorkbenchError
from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD, MEMORY_ORIGINS, ORIGIN_JOINED, ORIGIN_NUMBERS
from workbench.model import Draft, Project, Role, Segment
from workbench.qa import as_strings, check_draft, check_drafts, from_string
from workbench.store import Store
from workbench.terms.model import Glossary
from workbench.translate.ctranslate import Translator, model_id
from workbench.translate.memory_first import MemoryDrafts, draft_from_memory
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
    glossary: Glossary | None = None,
) -> list[str]:
    """Translations of `texts` (fr→en unless `package` says otherwise), in order.

    Each distinct text is translated once; with a `store`, earlier results are reused and
    new ones cached per batch. With a `glossary`, its terms (and numbers) come through as
    `run` enforces them, cached apart from plain drafts.
    """
    if translator is None:
        translator = Translator(
            package or require_model(), beam=beam, batch_size=batch_size, threads=threads, device=device
        )
    unique = list(dict.fromkeys(texts))
    glossary = glossary if glossary is not None and glossary.terms else None
    cache_id = cache_key(translator.model_id, glossary)
    known = store.cached_translations(cache_id, unique) if store is not None else {}
    todo = [t for t in unique if t not in known]
    done = len(unique) - len(todo)
    if progress:
        progress(done, len(unique))
    chunks = (
        translator.batches(todo)
        if glossary is None
        else _enforced_chunks(translator, glossary, todo, translator.batch_size * 4)
    )
    for indices, outputs in chunks:
        fresh = {todo[i]: out for i, out in zip(indices, outputs, strict=True)}
        if store is not None:
            store.cache_translations(cache_id, fresh)
        known.update(fresh)
        done += len(indices)
        if progress:
            progress(done, len(unique))
    return [known[t] for t in texts]


def source_segments(store: Store, project_id: int) -> list[Segment]:
    return [s for doc in store.documents(project_id, Role.SOURCE) for s in doc.segments]


@dataclass
class DraftReport:
    """What drafting a project did, segment by segment, by origin."""

    drafts: list[Draft] = field(default_factory=list)
    """Every draft, in segment order (memory and model)."""
    from_memory: int = 0
    """Segments drafted from the memory: exact (memory 100%), covered by a joined unit, or numbers changed."""
    numbers_changed: int = 0
    """Of those, how many had numbers or dates substituted (memory 100% (numbers changed))."""
    from_model: int = 0
    fuzzy: int = 0
    """Segments that went to the model with a fuzzy memory match beside them for review."""
    undrafted: int = 0
    """Segments left without a draft: no model installed and not in the memory."""
    memory_flagged: int = 0
    """Memory drafts a check flagged (a glossary term missing, a number lost): shown, not silently used."""
    origins: dict[str, int] = field(default_factory=dict)
    """TMX or project name -> segments drafted from it."""
    model: str | None = None
    """The model's id, when segments went to a model."""
    package: InstalledPackage | None = None
    loaded: bool = False
    """Whether a model was loaded (False when the memory and the cache answered everything)."""
    device: str | None = None
    """Where the model ran (cpu, cuda), when it was loaded."""


def draft_project(store: Store, project_id: int | str, **options: Any) -> list[Draft]:
    """Draft every source segment of the project; returns the drafts in segment order.

    The workspace memory is asked first (`memory=False` skips it); segments it does not
    draft go to the model, which is loaded only if one of them is not in the cache.
    Segments already drafted by this model are kept as they are (that is how a run resumes).
    `progress(done, total)` counts segments. The options are `draft_project_report`'s.
    """
    return draft_project_report(store, project_id, **options).drafts


def draft_project_report(
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
    memory: bool = True,
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
    need_model: bool = True,
) -> DraftReport:
    """`draft_project`, saying what came from where.

    `need_model=False`: when no model is given or installed, the segments the memory does not
    draft are left without one (counted in `undrafted`) instead of raising ModelMissingError.
    """
    project = store.project(project_id)
    report = DraftReport()
    segments = [s for s in source_segments(store, project.id) if s.id is not None]
    total = len(segments)
    from_memory = draft_from_memory(store, project, segments, fuzzy_threshold) if memory else MemoryDrafts()
    for draft in from_memory.drafts.values():
        report.origins[draft.origin_name] = report.origins.get(draft.origin_name, 0) + 1
    report.from_memory = len(from_memory.drafts)
    report.numbers_changed = sum(1 for d in from_memory.drafts.values() if d.origin == ORIGIN_NUMBERS)
    report.fuzzy = len(from_memory.fuzzy)
    todo_segments = [s for s in segments if s.id not in from_memory.drafts]

    model_drafts: dict[int, Draft] = {}
    if todo_segments:
        if translator is None and package is None:
            if need_model:
                package = require_model(project.src_lang, project.tgt_lang)
            else:
                package = find_model(project.src_lang, project.tgt_lang)
        if (
            translator is None
            and package is not None
            and (package.from_code, package.to_code)
            != (
                project.src_lang,
                project.tgt_lang,
            )
        ):
            raise InputError(
                f"the model {package.name} translates {package.from_code}→{package.to_code}, but project "
                f"{project.name!r} is {project.src_lang}→{project.tgt_lang}; nothing was changed"
            )
        if translator is not None or package is not None:
            report.package = package
            model_drafts, used, report.model = _model_drafts(
                store,
                project,
                todo_segments,
                done=total - len(todo_segments),
                total=total,
                package=package,
                translator=translator,
                beam=beam,
                batch_size=batch_size,
                threads=threads,
                device=device,
                progress=progress,
            )
            report.loaded = used is not None
            report.device = getattr(used, "device", None)
    elif progress:
        progress(total, total)
    report.from_model = len(model_drafts)
    report.undrafted = len(todo_segments) - len(model_drafts)

    ordered: list[Draft] = []
    checked_sources: list[str] = []
    checked: list[Draft] = []
    for seg in segments:
        found = from_memory.drafts.get(seg.id or 0) or model_drafts.get(seg.id or 0)
        if found is None:
            continue
        ordered.append(found)
        if found.origin != ORIGIN_JOINED:
            checked.append(found)
            checked_sources.append(from_memory.sources.get(seg.id or 0, seg.text))
    _add_document_checks(store, checked_sources, checked, _project_glossary(store, project.name))
    report.memory_flagged = sum(1 for d in checked if d.origin in MEMORY_ORIGINS and d.flags)
    report.drafts = ordered
    return report


def _model_drafts(
    store: Store,
    project: Project,
    segments: list[Segment],
    *,
    done: int,
    total: int,
    package: InstalledPackage | None,
    translator: Translator | None,
    beam: int,
    batch_size: int,
    threads: int,
    device: str,
    progress: Progress | None,
) -> tuple[dict[int, Draft], Translator | None, str]:
    """The model's drafts of `segments`: those already stored, the cached ones, then the model's
    (loaded only now, and only when some sentence is in neither).

    Returns (drafts, the translator that ran or None when none had to, model id)."""
    if translator is not None:
        base_id = translator.model_id
    else:
        assert package is not None
        base_id = model_id(package, beam)
    drafts: dict[int, Draft] = {
        k: v for k, v in store.drafts(project.id, model=base_id).items() if k in {s.id for s in segments}
    }
    pending = [s for s in segments if s.id not in drafts]
    done += len(segments) - len(pending)
    if progress:
        progress(done, total)

    by_text: dict[str, list[Segment]] = {}
    for seg in pending:
        by_text.setdefault(seg.text, []).append(seg)

    def store_drafts(translations: dict[str, str]) -> int:
        new = [
            Draft(seg.id, base_id, target, as_strings(check_draft(source, target)))
            for source, target in translations.items()
            for seg in by_text[source]
            if seg.id is not None
        ]
        if new:
            store.save_drafts(new)
            drafts.update({d.segment_id: d for d in new})
        return len(new)

    glossary = _project_glossary(store, project.name)
    # Enforced drafts depend on the glossary too: cache them under a key that names it.
    cache_id = cache_key(base_id, glossary)
    cached = store.cached_translations(cache_id, list(by_text))
    done += store_drafts(cached)
    if progress and cached:
        progress(done, total)
    todo = [t for t in by_text if t not in cached]
    if not todo:
        return drafts, None, base_id
    if translator is None:
        assert package is not None
        translator = Translator(package, beam=beam, batch_size=batch_size, threads=threads, device=device)
    translate_chunks: Iterable[tuple[list[int], list[str]]]
    if glossary is None:
        translate_chunks = translator.batches(todo)
    else:
        translate_chunks = _enforced_chunks(translator, glossary, todo, batch_size * 4)
    for indices, outputs in translate_chunks:
        fresh = {todo[i]: out for i, out in zip(indices, outputs, strict=True)}
        store.cache_translations(cache_id, fresh)
        done += store_drafts(fresh)
        if progress:
            progress(done, total)
    return drafts, translator, base_id


def cache_key(model: str, glossary: Glossary | None) -> str:
    """Where translations are cached: per model, and per glossary when terms were enforced."""
    return model if glossary is None or not glossary.terms else f"{model}+glossary:{_glossary_key(glossary)}"


def _project_glossary(store: Store, project_name: str) -> Glossary | None:
    from workbench.terms.storage import glossary_for_project

    glossary = glossary_for_project(store, project_name)
    return glossary if glossary.terms else None


def _glossary_key(glossary: Glossary) -> str:
    import hashlib

    text = "\n".join(f"{t.source}\t{t.target}\t{t.dnt}\t{t.case_sensitive}" for t in glossary.terms)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _enforced_chunks(
    translator: Translator, glossary: Glossary, texts: list[str], size: int
) -> Iterator[tuple[list[int], list[str]]]:
    """Glossary terms and numbers masked before the model and restored after, chunk by chunk."""
    from workbench.terms import enforce

    enforced = enforce(translator.translate, glossary)
    for start in range(0, len(texts), size):
        chunk = texts[start : start + size]
        outputs, _applied = enforced(chunk)
        yield list(range(start, start + len(chunk))), outputs


def _add_document_checks(store: Store, sources: list[str], drafts: list[Draft], glossary: Glossary | None) -> None:
    """Checks that need the whole document (length ratio against its usual range) or the glossary."""
    if not drafts:
        return
    flags = check_drafts(sources, [d.text for d in drafts], glossary=glossary)
    changed = []
    for draft, found in zip(drafts, flags, strict=True):
        have = {from_string(f).code for f in draft.flags}
        extra = as_strings([f for f in found if f.code not in have])
        if extra:
            draft.flags = [*draft.flags, *extra]
            changed.append(draft)
    if changed:
        store.save_drafts(changed)
