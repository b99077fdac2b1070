#!/usr/bin/env python3
"""Build the held-out French/English official-document set from content.py, with the machinery of set 1.

usage: .venv/bin/python benchmarks/data/documents-heldout/build.py [--out DIR] [--no-pdf] [--only NAME ...]

Same files and gold conventions as benchmarks/data/documents/ (see README.md there and here): for every
document NAME, OUT/NAME/ gets NAME.{fr,en}.docx, .pdf, .txt (plain pdftotext), .gold.txt, .notes.txt,
NAME.furniture.txt and NAME.pairs.tsv.  The docx writer, gold writers, LibreOffice conversion and PDF
normalisation are imported from ../documents/build.py, unchanged; this file adds only what the held-out
layouts need:

  * US Letter pages (layout "paper": "letter"; set 1 is all A4);
  * hanging indents of any width for labelled headings, numbered paragraphs and sub-items (layout
    "heading_hang", "num_left", "num_hang", "sub_hang", "subsub_hang"), and a third level of sub-items
    (block kind "subsub": "i)", "(ii)");
  * list items whose marker is a typed en dash and a TAB (block kind "dash"): the dash is treated as a
    bullet glyph, so it is not in the gold;
  * one-line paragraphs without space after (kind "line": addressee lines, attendance lists);
  * block quotations indented on the left only (layout "quote_right": 0);
  * tables without borders (layout "table_borders": False);
  * a language tag other than set 1's (layout "lang_tags": {"en": "en-US"}, for English hyphenation);
  * a page count that the build checks against the PDF (layout "pages").
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
SET1 = HERE.parent / "documents"
sys.dont_write_bytecode = True  # no __pycache__ in the data folders


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# set 1's build.py (it imports set 1's content.py as `content`, whose Block and Doc this set uses too)
base = _load("docset_build", SET1 / "build.py")
content = _load("heldout_content", HERE / "content.py")

LANGS = base.LANGS
DASH = "\u2013"  # the typed list marker of "dash" blocks


# --------------------------------------------------------------------------- docx building


def setup_section(section, layout: dict) -> None:
    base.setup_section(section, layout)
    if layout.get("paper") == "letter":
        section.page_width, section.page_height = Inches(8.5), Inches(11)


def set_hanging(pf, left_cm: float, hang_cm: float) -> None:
    """Left indent and hanging first line, with the tab stop at the left indent (replacing set 1's)."""
    pf.tab_stops.clear_all()
    pf.left_indent = Cm(left_cm)
    pf.first_line_indent = Cm(-hang_cm)
    pf.tab_stops.add_tab_stop(Cm(left_cm))


def format_paragraph(p, block, layout: dict) -> tuple[bool, bool]:
    """Set 1's paragraph layout, then the held-out variants (indent widths, new kinds)."""
    italic, bold = base.format_paragraph(p, block, layout)
    pf = p.paragraph_format
    kind = block.kind
    num_left = layout.get("num_left", layout.get("num_indent", 1.0))
    sub_left = num_left + layout.get("sub_hang", 1.0)
    if kind == "heading" and block.label and "heading_hang" in layout:
        set_hanging(pf, layout["heading_hang"], layout["heading_hang"])
    elif kind == "num" and ("num_left" in layout or "num_hang" in layout):
        set_hanging(pf, num_left, layout.get("num_hang", 1.0))
    elif kind == "sub" and ("num_left" in layout or "sub_hang" in layout):
        set_hanging(pf, sub_left, layout.get("sub_hang", 1.0))
    elif kind == "subsub":
        hang = layout.get("subsub_hang", 1.0)
        set_hanging(pf, sub_left + hang, hang)
    elif kind == "dash":
        set_hanging(pf, layout.get("dash_left", 0.63), layout.get("dash_hang", 0.63))
        pf.space_after = Pt(layout.get("dash_space_after", 2))
    elif kind == "line":
        pf.space_after = Pt(0)
    elif kind == "quote":
        pf.left_indent = Cm(layout.get("quote_left", 1.5))
        pf.right_indent = Cm(layout.get("quote_right", 1.5))
    if layout.get("justify") and kind in ("subsub", "dash") and not block.align:
        p.alignment = base.ALIGN["justify"]
    if block.space_before is not None:
        pf.space_before = Pt(block.space_before)
    return italic, bold


def write_block_paragraph(p, block, layout: dict, lang: str, notes) -> None:
    italic, bold = format_paragraph(p, block, layout)
    label = DASH if block.kind == "dash" else base.block_label(block, lang)
    if label:
        run = p.add_run(label + "\t")
        if italic:
            run.italic = True
        if bold:
            run.bold = True
    base.write_runs(p, " ".join(base.block_sentences(block, lang)), notes, italic=italic, bold=bold)
    font_size = block.size or layout.get(f"{block.kind}_size")
    if font_size:
        for run in p.runs:
            run.font.size = Pt(font_size)


def write_table(d, block, layout: dict, lang: str, notes) -> None:
    base.write_table(d, block, layout, lang, notes)
    if not layout.get("table_borders", True):
        table = d.tables[-1]
        table.style = None  # "Normal Table": no borders
        table.alignment = None
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.space_before = Pt(0)
                    p.paragraph_format.space_after = Pt(layout.get("table_space_after", 3))


def build_docx(doc, lang: str) -> tuple[bytes, list[str]]:
    layout = doc.layout
    d = Document()
    base.slim_template(d)
    base.setup_styles(d, layout, lang)
    tag = layout.get("lang_tags", {}).get(lang)
    if tag:  # e.g. en-US, whose hyphenation patterns LibreOffice has (set 1 writes en-GB)
        defaults = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for rpr in (defaults, d.styles["Normal"].element.get_or_add_rPr()):
            base.set_lang(rpr, tag)
    if "note_hang" in layout:
        pf = d.styles["Footnote Text"].paragraph_format
        pf.left_indent = Cm(layout["note_hang"])
        pf.first_line_indent = Cm(-layout["note_hang"])
    base.setup_settings(d, layout)
    setup_section(d.sections[0], layout)
    base.setup_furniture(d, layout, lang)
    cp = d.core_properties
    cp.author = "workbench held-out set"
    cp.last_modified_by = "workbench held-out set"
    cp.title = doc.name
    cp.created = cp.modified = cp.last_printed = base.FIXED_TIME
    cp.revision = 1
    cp.language = tag or base.LANG_TAGS[lang]
    notes = base.FootnoteWriter()
    for block in doc.blocks:
        if block.kind == "section":
            base.end_section(d, block.cols, layout)
        elif block.kind == "table":
            write_table(d, block, layout, lang, notes)
        elif block.kind == "bullet":
            p = d.add_paragraph(style="List Bullet")
            write_block_paragraph(p, block, layout, lang, notes)
        else:
            p = d.add_paragraph()
            write_block_paragraph(p, block, layout, lang, notes)
    if notes.notes:
        xml = notes.part_xml().encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), base.CT_FOOTNOTES, xml, d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)
    buf = io.BytesIO()
    d.save(buf)
    return base.normalise_zip(buf.getvalue()), notes.notes


# --------------------------------------------------------------------------- checks


def docx_body_stream(path: Path) -> str:
    """Set 1's body stream (paragraphs, then tables row by row), less the typed dash markers of list items."""
    d = Document(str(path))
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            parts.append(Paragraph(el, d).text.removeprefix(DASH + "\t"))
        elif el.tag == qn("w:tbl"):
            for row in Table(el, d).rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
    return base.squash("".join(parts))


def check_outputs(doc, folder: Path) -> None:
    """Gold = docx body, pairs.tsv columns = gold, notes = docx footnotes (as set 1's check_outputs)."""
    name = doc.name
    squash = base.squash
    pairs = (folder / f"{name}.pairs.tsv").read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 1 for line in pairs), f"{name}: a pairs.tsv line without exactly one TAB"
    counts = []
    for i, lang in enumerate(LANGS):
        gold = (folder / f"{name}.{lang}.gold.txt").read_text(encoding="utf-8")
        assert squash(gold) == docx_body_stream(folder / f"{name}.{lang}.docx"), f"{name}.{lang}: gold != docx"
        column = "".join(line.split("\t")[i] for line in pairs)
        assert squash(column) == squash(gold), f"{name}.{lang}: pairs.tsv column and gold differ"
        notes = (folder / f"{name}.{lang}.notes.txt").read_text(encoding="utf-8").splitlines()
        got = base.docx_notes(folder / f"{name}.{lang}.docx")
        assert [squash(n) for n in notes] == [squash(n) for n in got], f"{name}.{lang}: footnotes differ"
        assert not any(line.startswith(DASH) for line in gold.splitlines()), f"{name}.{lang}: dash in gold"
        counts.append(len(notes))
    assert counts[0] == counts[1], f"{name}: {counts[0]} French and {counts[1]} English notes"


def check_pages(doc, folder: Path) -> None:
    want = doc.layout.get("pages")  # a number, or (French, English)
    for i, lang in enumerate(LANGS):
        info = subprocess.run(
            ["pdfinfo", f"{doc.name}.{lang}.pdf"], cwd=folder, check=True, capture_output=True, text=True
        ).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        expected = want[i] if isinstance(want, tuple) else want
        assert expected is None or pages == expected, f"{doc.name}.{lang}.pdf has {pages} pages, not {expected}"


# --------------------------------------------------------------------------- main


def write_document(doc, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    base.check_content(doc)
    docx_paths = []
    furniture = []
    for lang in LANGS:
        data, notes = build_docx(doc, lang)
        path = folder / f"{doc.name}.{lang}.docx"
        path.write_bytes(data)
        docx_paths.append(path)
        (folder / f"{doc.name}.{lang}.gold.txt").write_text(base.gold_text(doc, lang), encoding="utf-8")
        note_lines = "".join(base.plain(n) + "\n" for n in notes)
        (folder / f"{doc.name}.{lang}.notes.txt").write_text(note_lines, encoding="utf-8")
        furniture.extend(base.furniture_strings(doc.layout, lang))
    (folder / f"{doc.name}.furniture.txt").write_text("".join(f + "\n" for f in furniture), encoding="utf-8")
    (folder / f"{doc.name}.pairs.tsv").write_text("\n".join(base.pair_lines(doc)) + "\n", encoding="utf-8")
    check_outputs(doc, folder)
    return docx_paths


def counts(doc) -> tuple[int, int, int, int]:
    """(French segments, English segments, pairs, pairs that are not 1:1)."""
    fr = sum(len(base.gold_segments(b, "fr")) for b in base.iter_paragraph_blocks(doc))
    en = sum(len(base.gold_segments(b, "en")) for b in base.iter_paragraph_blocks(doc))
    pairs = [pair for b in base.iter_paragraph_blocks(doc) for pair in b.pairs]
    uneven = sum(1 for fr_side, en_side in pairs if not isinstance(fr_side, str) or not isinstance(en_side, str))
    return fr, en, len(pairs), uneven


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this folder)")
    parser.add_argument("--no-pdf", action="store_true", help="write docx and gold files only")
    parser.add_argument("--only", nargs="*", help="build only these documents")
    args = parser.parse_args(argv)
    names = [d.name for d in content.DOCUMENTS]
    assert len(names) == len(set(names)), "duplicate document names"
    set1 = {p.name for p in SET1.iterdir() if p.is_dir()}
    assert not set1 & set(names), "a held-out document has the name of a set 1 document"
    docs = [d for d in content.DOCUMENTS if not args.only or d.name in args.only]
    all_docx = []
    for doc in docs:
        all_docx.extend(write_document(doc, args.out / doc.name))
    if not args.no_pdf:
        base.convert_pdfs(all_docx)
        for path in all_docx:
            base.pdf_to_text(path.with_suffix(".pdf"))
        for doc in docs:
            check_pages(doc, args.out / doc.name)
    total = [0, 0, 0, 0]
    for doc in docs:
        c = counts(doc)
        total = [a + b for a, b in zip(total, c, strict=True)]
        print(f"{doc.name}: {c[0]} fr / {c[1]} en segments, {c[2]} pairs ({c[3]} not 1:1)")
    print(f"total: {total[0]} fr / {total[1]} en segments, {total[2]} pairs ({total[3]} not 1:1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
