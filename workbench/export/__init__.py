"""Writers and readers of exchange formats (TMX, TSV, XLSX, XLIFF, SRX), one per module.

from workbench.export import export_project, import_file
path = export_project(store, project.id, "tmx")          # aligned/<project>.tmx
project = import_file(store, "memory.tmx", "re-review")  # back in for review
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from workbench.errors import InputError
from workbench.export.base import (
    ExportMeta,
    ExportResult,
    ExportUnit,
    Reader,
    ReadResult,
    Writer,
    atomic_output,
    check_lang,
    clean_text,
    primary,
)
from workbench.export.units import TUID_FLAG, TYPE_FLAG, check_status, project_units, resolve_threshold
from workbench.model import Document, Link, LinkStatus, Paragraph, Project, Role, Segment
from workbench.store import Store
from workbench.triage import status_label


class NothingToExportError(InputError):
    """The project has no links in the state asked for; `workbench run` catches it and says so."""


FORMATS = (
    "tmx",
    "tsv",
    "xlsx",
    "xliff",
    "srx",
    "omegat-segmentation",
    "omegat-project",
    "document",
    "bilingual-html",
    "bilingual-docx",
)
# Written by `workbench.rebuild`: the English document itself, and the proofreading tables.
DOCUMENT_FORMATS = ("document", "bilingual-html", "bilingual-docx")
EXTENSIONS = {
    "tmx": "tmx",
    "tsv": "tsv",
    "xlsx": "xlsx",
    "xliff": "xlf",
    "srx": "srx",
    "omegat-segmentation": "segmentation.conf",
    "omegat-project": "omegat",  # a folder: see workbench.export.omegat.project
    "document": "en.txt",  # or the original's own format: see workbench.rebuild.project
    "bilingual-html": "bilingual.html",
    "bilingual-docx": "bilingual.docx",
}
DEFAULT_FOLDER = Path("aligned")

__all__ = [
    "DOCUMENT_FORMATS",
    "EXTENSIONS",
    "FORMATS",
    "ExportResult",
    "ExportUnit",
    "NothingToExportError",
    "export_project",
    "export_project_report",
    "import_file",
    "output_path",
]


def _writer(fmt: str) -> Writer:
    if fmt == "tmx":
        from workbench.export.tmx import TmxWriter

        return TmxWriter()
    if fmt == "tsv":
        from workbench.export.tsv import TsvWriter

        return TsvWriter()
    if fmt == "xlsx":
        from workbench.export.xlsx import XlsxWriter

        return XlsxWriter()
    if fmt == "xliff":
        from workbench.export.xliff import XliffWriter

        return XliffWriter()
    raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def output_path(project_name: str, fmt: str, out: str | os.PathLike[str] | None) -> Path:
    """Where an export goes: `out` as given, or `<out folder or aligned/>/<project>.<ext>`.

    `out` is taken as a folder when it is one already, ends with a slash, or has
    no file extension (the pipeline passes `aligned/`).
    """
    return resolve_output(f"{project_name}.{EXTENSIONS[fmt]}", out, project_name)


def resolve_output(filename: str, out: str | os.PathLike[str] | None, project_name: str) -> Path:
    """`filename` inside `out` (or aligned/) when `out` is a folder, else `out` itself."""
    # Project names are validated by the store; refuse anything that could leave the folder anyway.
    if Path(filename).name != filename or filename.startswith(".") or "\0" in filename or ".." in Path(filename).parts:
        raise InputError(f"project name {project_name!r} cannot be used as a file name")
    if out is None:
        return DEFAULT_FOLDER / filename
    raw = os.fspath(out)
    target = Path(raw)
    if target.is_dir() or raw.endswith(("/", os.sep)) or not target.suffix:
        return target / filename
    return target


def export_project_report(
    store: Store,
    project_id: int,
    fmt: str = "tmx",
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    src_lang: str = "fr-FR",
    tgt_lang: str = "en-US",
    min_confidence: float | None = None,
    target_document: int | None = None,
) -> ExportResult:
    """`export_project`, returning what was written and what was left out (for the CLI)."""
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt in DOCUMENT_FORMATS:
        from workbench.rebuild.export import export_rebuilt

        return export_rebuilt(
            store, project_id, fmt, out, status=status, min_confidence=min_confidence, target_document=target_document
        )
    src_lang = check_lang(src_lang, "source language code")
    tgt_lang = check_lang(tgt_lang, "target language code")
    if primary(src_lang) == primary(tgt_lang):
        raise InputError(f"source and target languages are both {primary(src_lang)!r}")
    if fmt == "omegat-project":
        from workbench.export.omegat.project import export_omegat_project

        return export_omegat_project(
            store,
            project_id,
            out,
            status=status,
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            min_confidence=min_confidence,
            target_document=target_document,
        ).result
    project = store.project(project_id)
    path = output_path(project.name, fmt, out)
    if fmt in ("srx", "omegat-segmentation"):
        from workbench.export.srx import load_rules, write_omegat_segmentation, write_srx

        rules = load_rules([primary(project.src_lang) or "fr", primary(project.tgt_lang) or "en"])
        with atomic_output(path) as stream:
            (write_srx if fmt == "srx" else write_omegat_segmentation)(rules, stream)
        return ExportResult(path, sum(len(r) for r in rules.values()))
    status = check_status(status)
    min_confidence = resolve_threshold(store, project_id, status, min_confidence)
    selection = project_units(
        store, project_id, status=status, min_confidence=min_confidence, target_document=target_document
    )
    if not selection.units:
        raise NothingToExportError(nothing_message(project.name, status, min_confidence))
    from workbench.export.tmx import tmx_date

    meta = ExportMeta(
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        project=project.name,
        created=tmx_date(project.created_at),
        changed=tmx_date(project.updated_at),
    )
    writer = _writer(fmt)
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


def export_project(
    store: Store,
    project_id: int,
    fmt: str = "tmx",
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    src_lang: str = "fr-FR",
    tgt_lang: str = "en-US",
    min_confidence: float | None = None,
    target_document: int | None = None,
) -> Path:
    """Write a project's links as TMX 1.4b (or TSV, XLSX, XLIFF 1.2, SRX rules); return the file.

    `fmt="document"` writes the English document itself, rebuilt from the original file
    in its own format; `bilingual-html` / `bilingual-docx` a French | English proofreading
    table (see `workbench.rebuild`).

    By default only approved (and edited) links; `status="all"` exports every
    link but the excluded (`rejected`) ones, with its status in a prop; `min_confidence`
    adds proposed links scoring at least that much. The file is written to a
    temporary name and renamed, so it is never seen half-written.
    """
    return export_project_report(
        store,
        project_id,
        fmt,
        out,
        status=status,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        min_confidence=min_confidence,
        target_document=target_document,
    ).path


# -- import -------------------------------------------------------------------


def _reader(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if suffix == ".tmx":
        from workbench.export.tmx import TmxReader

        return TmxReader()
    if suffix in (".tsv", ".txt", ".tab"):
        from workbench.export.tsv import TsvReader

        return TsvReader()
    if suffix in (".xml",):
        head = path.read_bytes()[:2048]
        if b"<tmx" in head:
            from workbench.export.tmx import TmxReader

            return TmxReader()
    raise InputError(f"cannot import {path.name}: give a .tmx or .tsv file")


def _document(texts: list[str], lang: str, role: Role, path: str) -> Document:
    """One paragraph per unit, one segment per paragraph, offsets into the joined text."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for text in texts:
        seg = Segment(text, lang, pos, pos + len(text))
        paragraphs.append(Paragraph(text, pos, pos + len(text), segments=[seg]))
        pos += len(text) + 2
    return Document(text="\n\n".join(texts), lang=lang, paragraphs=paragraphs, path=path, format="tmx", role=role)


def _status(value: str) -> LinkStatus:
    try:
        status = LinkStatus(value.strip().lower())
    except ValueError:
        # A memory from elsewhere has no review status of ours: it comes in to be reviewed.
        return LinkStatus.PROPOSED
    return status


def _check_size(file: Path) -> None:
    """Refuse empty and enormous files before reading them whole into memory."""
    from workbench.readers.base import MAX_BYTES

    size = file.stat().st_size
    if size == 0:
        raise InputError(f"{file} is empty: there is nothing to import")
    if size > MAX_BYTES:
        raise InputError(
            f"{file} is {size / 1024 / 1024:.0f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for one "
            "translation memory; split it (or set WORKBENCH_MAX_INPUT_MB)"
        )


def import_file(
    store: Store,
    path: str | os.PathLike[str],
    project: str | None = None,
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
) -> Project:
    """Create a project from a TMX or TSV file: a source and a target document per original
    document, one segment per unit, and links with the statuses and scores found in the file."""
    file = Path(path)
    if not file.exists():
        raise InputError(f"file to import not found: {file}")
    if file.is_dir():
        raise InputError(f"{file} is a folder, not a file")
    _check_size(file)
    if src_lang:
        src_lang = check_lang(src_lang, "source language code")
    if tgt_lang:
        tgt_lang = check_lang(tgt_lang, "target language code")
    read: ReadResult = _reader(file).read(file, src_lang, tgt_lang)
    if not read.units:
        raise InputError(f"{file.name} holds no complete {read.src_lang}->{read.tgt_lang} pairs to import")
    name = project or file.stem
    proj = store.create_project(
        name,
        primary(read.src_lang) or "fr",
        primary(read.tgt_lang) or "en",
        settings={"imported_from": file.name, "src_lang_tag": read.src_lang, "tgt_lang_tag": read.tgt_lang},
    )
    # One document pair per original document named in the file (x-doc), in order of appearance.
    # A unit that names no document continues the one before it.
    groups: dict[str, list[int]] = {}
    current = ""
    for i, unit in enumerate(read.units):
        current = unit.doc or current
        groups.setdefault(current, []).append(i)
    seg_ids: dict[int, tuple[int, int]] = {}
    for doc_name, indexes in groups.items():
        units = [read.units[i] for i in indexes]
        src_texts = [clean_text(u.source)[0] for u in units]
        tgt_texts = [clean_text(u.target)[0] for u in units]
        src_doc = store.add_document(proj.id, _document(src_texts, proj.src_lang, Role.SOURCE, doc_name or file.name))
        tgt_doc = store.add_document(proj.id, _document(tgt_texts, proj.tgt_lang, Role.TARGET, doc_name or file.name))
        for i, s, t in zip(indexes, src_doc.segments, tgt_doc.segments, strict=True):
            assert s.id is not None and t.id is not None
            seg_ids[i] = (s.id, t.id)
    links: list[Link] = []
    for i, unit in enumerate(read.units):
        flags = []
        if unit.tuid:
            flags.append(TUID_FLAG + unit.tuid)
        if unit.kind and unit.kind != "1:1":
            flags.append(TYPE_FLAG + unit.kind)
        src_id, tgt_id = seg_ids[i]
        links.append(
            Link([src_id], [tgt_id], score=unit.score, status=_status(unit.status), note=unit.note, flags=flags)
        )
    store.replace_links(proj.id, links, kind="import", actor="import")
    return store.project(proj.id)
