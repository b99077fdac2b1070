"""The one way a project goes out: `export_project_report` over the table in `formats.py`.

The CLI (`workbench export`), the review page's Download, `workbench run` and `workbench batch`
all come here, so a format, a file name or a multi-target project is decided once:

1. the format, from the registry;
2. the target: the one asked for (`target`: a language or a document id), else the first; a
   TMX of a project with several targets holds every language unless a pair is asked for;
3. the file name: `out` as given, or `aligned/PROJECT.EXT` (an added target's pair
   `PROJECT.LANG-DOC.EXT`, the first pair of a multi-target TMX `PROJECT.LANG.tmx`);
4. the writer of the format's kind, into a temporary file renamed at the end.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.export.base import ExportMeta, ExportResult, NothingToExportError, check_lang_pair, language_tag, primary
from workbench.export.formats import Format, Kind, format_spec
from workbench.export.units import project_units
from workbench.model import Project
from workbench.outfiles import atomic_output, resolve_output
from workbench.store import Store
from workbench.targets import TargetInfo, targets
from workbench.triage import check_status, resolve_threshold, status_label


class ExportOptionError(InputError):
    """Options that contradict each other or name nothing (the CLI shows them as usage errors)."""

    def __init__(self, message: str, param_hint: str | None = None) -> None:
        super().__init__(message)
        self.param_hint = param_hint


@dataclass
class ExportJob:
    """One export, its options settled: what every kind's writer is given."""

    store: Store
    project: Project
    spec: Format
    out: str | os.PathLike[str] | None
    status: str
    src_lang: str
    tgt_lang: str
    min_confidence: float | None
    target: TargetInfo | None
    link_target: int | None
    several_targets: bool

    @property
    def project_id(self) -> int:
        assert self.project.id is not None
        return self.project.id

    def path(self) -> Path:
        """Where a one-file export goes (see the module note, step 3)."""
        name, ext, spec, chosen = self.project.name, self.spec.extension, self.spec, self.target
        filename = f"{name}.{ext}"
        if self.out is None and chosen is not None and spec.kind in (Kind.PAIRS, Kind.RULES):
            if self.link_target is not None:
                filename = f"{name}.{chosen.lang}-{chosen.document_id}.{ext}"
            elif self.several_targets and spec.multilingual:
                filename = f"{name}.{chosen.lang}.{ext}"  # PROJECT.tmx is the multilingual file
        elif self.out is None and spec.kind is Kind.TABLE and self.link_target is not None:
            filename = f"{name}.{self.link_target}.{ext}"
        return resolve_output(filename, self.out, name)


def export_project_report(
    store: Store,
    project_id: int,
    fmt: str = "tmx",
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    src_lang: str = "fr-FR",
    tgt_lang: str | None = "en-US",
    min_confidence: float | None = None,
    target_document: int | None = None,
    target: str | None = None,
    multilingual: bool | None = None,
) -> ExportResult:
    """Write a project in format `fmt`; return what was written and what was left out.

    `target` names the pair to export by its language (`de`) or document id; `target_document`
    is the same as links store it (None: the first target). `multilingual`: True for one TMX
    with every language, False for one pair, None (the default) for every language when the
    project has several targets and the format can hold them. `tgt_lang=None` (the CLI's default)
    writes `en-US` for the first target and an added target's own language (`de-DE`).
    """
    spec = format_spec(fmt)
    pair_asked = target is not None or target_document is not None
    if multilingual and pair_asked:
        raise ExportOptionError("give either --multilingual or --target, not both", "--target")
    if multilingual and not spec.multilingual:
        raise ExportOptionError("a multilingual export is a TMX: use --format tmx", "--multilingual")
    project = store.project(project_id)
    infos = targets(store, project_id)
    if multilingual or (multilingual is None and not pair_asked and spec.multilingual and len(infos) > 1):
        from workbench.export.multilingual import export_multilingual

        result = export_multilingual(
            store, project_id, out, status=status, min_confidence=min_confidence, src_lang=src_lang
        )
        result.noun = "units, a tuv per language"
        return result
    chosen, link_target = _choose_target(infos, target, target_document)
    if tgt_lang is None:
        tgt_lang = "en-US" if link_target is None or chosen is None else language_tag(chosen.lang)
    if not spec.rebuilt:
        src_lang, tgt_lang = check_lang_pair(src_lang, tgt_lang)
    job = ExportJob(
        store, project, spec, out, status, src_lang, tgt_lang, min_confidence, chosen, link_target, len(infos) > 1
    )
    result = _WRITE[spec.kind](job)
    result.noun = spec.noun
    return result


def export_project(
    store: Store, project_id: int, fmt: str = "tmx", out: str | os.PathLike[str] | None = None, **options: Any
) -> Path:
    """Write a project's links as TMX 1.4b (or any format of `workbench.export.formats`); return the file.

    `fmt="document"` writes the English document itself, rebuilt from the original file
    in its own format; `bilingual-html` / `bilingual-docx` a French | English proofreading
    table (see `workbench.rebuild`).

    By default only approved (and edited) links; `status="all"` exports every
    link but the excluded (`rejected`) ones, with its status in a prop; `min_confidence`
    adds proposed links scoring at least that much. The file is written to a
    temporary name and renamed, so it is never seen half-written. The options are
    `export_project_report`'s.
    """
    return export_project_report(store, project_id, fmt, out, **options).path


def output_path(project_name: str, fmt: str, out: str | os.PathLike[str] | None) -> Path:
    """Where an export goes: `out` as given, or `<out folder or aligned/>/<project>.<ext>`.

    `out` is taken as a folder when it is one already, ends with a slash, or has
    no file extension (the pipeline passes `aligned/`).
    """
    return resolve_output(f"{project_name}.{format_spec(fmt).extension}", out, project_name)


def nothing_message(project: str, status: str, threshold: float | None) -> str:
    """Why an export found nothing, and what to do about it."""
    if status == "confident":
        return (
            f"project {project!r} has no approved link and no proposed link scoring at least {threshold:g} "
            "(approve links in review, give a lower --threshold, or export with --status all)"
        )
    if status == "approved" and threshold is None:
        return f"project {project!r} has no approved links to export (review them first, or export with --status all)"
    if status == "approved":
        return f"project {project!r} has no approved link and no proposed link scoring at least {threshold:g}"
    return f"project {project!r} has no {status_label(status)} links to export"


# -- the target ---------------------------------------------------------------------------


def _choose_target(
    infos: list[TargetInfo], target: str | None, target_document: int | None
) -> tuple[TargetInfo | None, int | None]:
    """The target to export and the value its links carry (None: the first target's)."""
    if target is not None:
        found = [t for t in infos if str(t.document_id) == target or t.lang.split("-")[0] == target.lower()]
        if not found:
            known = ", ".join(f"{t.lang} (document {t.document_id})" for t in infos) or "none"
            raise ExportOptionError(f"no target {target!r} in this project (targets: {known})")
        return found[0], found[0].link_target
    if target_document is not None:
        return next((t for t in infos if t.link_target == target_document), None), target_document
    return (infos[0] if infos else None), None


# -- one writer per kind ------------------------------------------------------------------


def _write_pairs(job: ExportJob) -> ExportResult:
    from workbench.export.tmx import tmx_date

    status = check_status(job.status)
    min_confidence = resolve_threshold(job.store, job.project_id, status, job.min_confidence)
    selection = project_units(
        job.store, job.project_id, status=status, min_confidence=min_confidence, target_document=job.link_target
    )
    if not selection.units:
        raise NothingToExportError(nothing_message(job.project.name, status, min_confidence))
    project = job.project
    meta = ExportMeta(
        job.src_lang, job.tgt_lang, project.name, tmx_date(project.created_at), tmx_date(project.updated_at)
    )
    path = job.path()
    writer = job.spec.load_writer()()
    with atomic_output(path) as stream:
        writer.write(selection.units, stream, meta)
    result = ExportResult(
        path,
        len(selection.units),
        skipped_unaligned=selection.skipped_unaligned,
        skipped_empty=selection.skipped_empty,
        cleaned_characters=selection.cleaned_characters,
        by_status=dict(Counter(u.status for u in selection.units)),
        threshold=min_confidence if status in ("confident", "approved") else None,
    )
    if selection.cleaned_characters:
        result.notes.append(
            f"removed {selection.cleaned_characters} control or private-use characters that XML 1.0 cannot carry"
        )
    return result


def _write_rules(job: ExportJob) -> ExportResult:
    from workbench.export.srx import load_rules

    project = job.project
    rules = load_rules([primary(project.src_lang) or "fr", primary(project.tgt_lang) or "en"])
    path = job.path()
    with atomic_output(path) as stream:
        job.spec.load_writer()(rules, stream)
    return ExportResult(path, sum(len(r) for r in rules.values()))


def _write_table(job: ExportJob) -> ExportResult:
    from workbench.rebuild.bilingual import project_rows

    check_status(job.status)
    rows = project_rows(job.store, job.project_id, job.link_target)
    if not rows:
        raise InputError(f"project {job.project.name!r} has no links yet: align or draft it first")
    path = job.path()
    with atomic_output(path) as stream:
        job.spec.load_writer()(rows, stream, job.project.name)
    return ExportResult(path, len(rows))


def _write_document(job: ExportJob) -> ExportResult:
    """The English document, named and written by `workbench.rebuild.project.export_document`."""
    rebuilt = job.spec.load_writer()(
        job.store,
        job.project_id,
        job.out,
        status=job.status,
        min_confidence=job.min_confidence,
        target_document=job.link_target,
    )
    result = ExportResult(rebuilt.path, rebuilt.paragraphs)
    result.notes = rebuilt.notes
    return result


def _write_folder(job: ExportJob) -> ExportResult:
    """The OmegaT project folder, named and written by `workbench.export.omegat.project`."""
    exported = job.spec.load_writer()(
        job.store,
        job.project_id,
        job.out,
        status=job.status,
        src_lang=job.src_lang,
        tgt_lang=job.tgt_lang,
        min_confidence=job.min_confidence,
        target_document=job.link_target,
    )
    result: ExportResult = exported.result
    return result


_WRITE: dict[Kind, Callable[[ExportJob], ExportResult]] = {
    Kind.PAIRS: _write_pairs,
    Kind.RULES: _write_rules,
    Kind.TABLE: _write_table,
    Kind.DOCUMENT: _write_document,
    Kind.FOLDER: _write_folder,
}
