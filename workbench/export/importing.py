"""`workbench import FILE`: a TMX or TSV back in as a project, to be reviewed and exported again."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.errors import InputError
from workbench.export.base import ReadResult, check_lang, primary
from workbench.export.formats import reader_for
from workbench.export.units import TUID_FLAG, TYPE_FLAG
from workbench.model import Document, Link, LinkStatus, Paragraph, Project, Role, Segment
from workbench.readers.base import check_size
from workbench.store import Store
from workbench.xmlsafe import clean_text

__all__ = ["import_file"]


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
    check_size(file, "import", "one translation memory; split it")
    if src_lang:
        src_lang = check_lang(src_lang, "source language code")
    if tgt_lang:
        tgt_lang = check_lang(tgt_lang, "target language code")
    read: ReadResult = reader_for(file).read(file, src_lang, tgt_lang)
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
