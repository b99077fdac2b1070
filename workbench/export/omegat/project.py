"""`export --format omegat-project`: a folder a translator opens in OmegaT as it is.

    DIR/omegat.project             the project's languages, sentence segmentation on
    DIR/omegat/segmentation.conf   our sentence rules, so OmegaT cuts where we do
    DIR/omegat/filters.xml         a segment per line of a text file; the Word filter pinned
    DIR/source/NAME.docx           the original .docx (.txt and .pdf: our text, a paragraph a line)
    DIR/tm/auto/PROJECT.tmx        units written as OmegaT sees its segments: OmegaT
                                   inserts every exact match from tm/auto/ by itself
    DIR/target/, glossary/, dictionary/, tm/

Exporting again into the same folder updates the memory, the rules, the filters and
the source file, and never touches what the translator made there (omegat/project_save.tmx,
target/, glossaries, omegat.project).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError
from workbench.export.base import ExportMeta, ExportResult, NothingToExportError, primary
from workbench.export.omegat.files import filters_file, project_file
from workbench.export.omegat.srx import omegat_rules
from workbench.export.omegat.units import FillReport, omegat_units
from workbench.export.omegat.view import DocumentView, document_view, text_view
from workbench.export.srx import Rule, load_rules, write_omegat_segmentation
from workbench.fileperms import folder_mode
from workbench.model import Document, Role
from workbench.outfiles import DEFAULT_FOLDER, atomic_output, resolve_output
from workbench.store import Store
from workbench.triage import check_status, resolve_threshold

FOLDERS = ("source", "target", "tm/auto", "omegat", "glossary", "dictionary")
SUFFIX = "-omegat"


@dataclass
class ProjectExport:
    """What the export wrote, and what its memory will fill in OmegaT."""

    result: ExportResult
    report: FillReport
    view: DocumentView


def folder_name(project_name: str) -> str:
    """`PROJECT-omegat`, refused when the project's name cannot be a folder's."""
    return resolve_output(project_name + SUFFIX, None, project_name).name


def project_folder(project_name: str, out: str | os.PathLike[str] | None) -> Path:
    """The project folder: `out` itself when it is new, empty or an OmegaT project already;
    `out/PROJECT-omegat` when it is a folder holding other things; `aligned/PROJECT-omegat` by default."""
    name = folder_name(project_name)
    target = DEFAULT_FOLDER / name if out is None else Path(out)
    for _ in range(2):
        if target.exists() and not target.is_dir():
            raise InputError(f"{target} is a file, not a folder: give --out a folder for the OmegaT project")
        if not target.exists() or (target / "omegat.project").is_file() or not any(target.iterdir()):
            return target
        if out is None or target.name == name:
            break
        target = target / name
    raise InputError(
        f"{target} is a folder holding other files and no omegat.project: give --out a new or empty folder, "
        "or an OmegaT project folder to update"
    )


def _source_document(store: Store, project_id: int) -> Document:
    project = store.project(project_id)
    sources = store.documents(project_id, Role.SOURCE)
    if not sources:
        raise InputError(f"project {project.name!r} has no French document")
    if len(sources) > 1:
        raise InputError(
            f"project {project.name!r} holds {len(sources)} source documents (an imported memory?); "
            "an OmegaT project needs a project made from one file: export it with --format tmx instead"
        )
    return sources[0]


def _target_document(store: Store, project_id: int, target_document: int | None) -> Document:
    project = store.project(project_id)
    links = store.links(project_id, target_document)
    wanted_ids = {t for link in links for t in link.tgt}
    for doc in store.documents(project_id, Role.TARGET):
        if any(s.id in wanted_ids for s in doc.segments):
            return doc
    raise InputError(f"project {project.name!r} has no target text to put in an OmegaT memory: align or draft it first")


def project_rules(src_lang: str, tgt_lang: str) -> dict[str, list[Rule]]:
    """The rules written into omegat/segmentation.conf, which the export also cuts with."""
    src, tgt = primary(src_lang) or "fr", primary(tgt_lang) or "en"
    langs = [src] if src == tgt else [src, tgt]
    return {lang: omegat_rules(rules) for lang, rules in load_rules(langs).items()}


def export_omegat_project(
    store: Store,
    project_id: int,
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    src_lang: str = "fr-FR",
    tgt_lang: str = "en-US",
    min_confidence: float | None = None,
    target_document: int | None = None,
    merged: str = "carry",
) -> ProjectExport:
    """Write (or update) the OmegaT project folder of a stored project.

    `merged`: "carry" (a 2:1 link's English in its first OmegaT segment, the next one left
    empty) or "leave" (no unit for it; see `omegat_units`)."""
    status = check_status(status)
    min_confidence = resolve_threshold(store, project_id, status, min_confidence)
    project = store.project(project_id)
    folder = project_folder(project.name, out)
    source = _source_document(store, project_id)
    target = _target_document(store, project_id, target_document)
    rules = project_rules(project.src_lang, tgt_lang if primary(tgt_lang) else project.tgt_lang)
    src_rules = rules[primary(project.src_lang) or "fr"]
    tgt_rules = rules[primary(tgt_lang) or primary(project.tgt_lang) or "en"]
    view = document_view(source, src_rules)
    english = document_view(target, tgt_rules) if target.format == "docx" else text_view(target, tgt_rules)
    english_text = {s.id: s.text for s in target.all_segments if s.id is not None}
    units, report = omegat_units(
        view,
        store.links(project_id, target_document),
        english,
        english_text,
        tgt_rules,
        status=status,
        min_confidence=min_confidence,
        project=project.name,
        doc=view.file_name,
        merged=merged,
    )
    if not units:
        what = "approved" if status == "approved" else status
        hint = " (review them first, or export with --status all)" if status == "approved" else ""
        raise NothingToExportError(f"project {project.name!r} has no {what} links to fill OmegaT segments with{hint}")
    from workbench.export.tmx import TmxWriter, tmx_date

    meta = ExportMeta(src_lang, tgt_lang, project.name, tmx_date(project.created_at), tmx_date(project.updated_at))
    memory = io.BytesIO()
    TmxWriter().write(units, memory, meta)
    conf = io.BytesIO()
    write_omegat_segmentation(rules, conf)
    files: dict[str, bytes] = {
        f"tm/auto/{project.name}.tmx": memory.getvalue(),
        "omegat/segmentation.conf": conf.getvalue(),
        "omegat/filters.xml": filters_file().encode("utf-8"),
        f"source/{view.file_name}": view.original.read_bytes() if view.original else (view.text or "").encode(),
    }
    _write(folder, files, project_file(src_lang, tgt_lang).encode("utf-8"))
    result = ExportResult(folder, len(units))
    result.notes.append(report.summary())
    if view.note:
        result.notes.append(view.note)
    return ProjectExport(result, report, view)


def _write(folder: Path, files: dict[str, bytes], project: bytes) -> None:
    """A new folder appears whole (built beside it, then renamed); an existing project gets
    each of our files replaced atomically and keeps everything else."""
    if (folder / "omegat.project").is_file():
        for name, data in files.items():
            with atomic_output(folder / name) as stream:
                stream.write(data)
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        build = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".part", dir=folder.parent))
    except OSError as exc:
        raise InputError(f"cannot write {folder}: {exc.strerror or exc}; nothing was written") from exc
    try:
        for sub in FOLDERS:
            (build / sub).mkdir(parents=True, exist_ok=True)
        (build / "omegat.project").write_bytes(project)
        for name, data in files.items():
            (build / name).write_bytes(data)
        if folder.exists():
            folder.rmdir()  # empty (checked by project_folder): the finished project takes its place
        os.chmod(build, folder_mode())  # mkdtemp made it 0700: the umask decides
        os.replace(build, folder)
    except OSError as exc:
        raise InputError(f"cannot write {folder}: {exc.strerror or exc}; nothing was written") from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(build)
