#!/usr/bin/env python3
"""Build the final held-out French/English official-document set from content.py, with the machinery of set 1.

usage: .venv/bin/python benchmarks/data/documents-final/build.py [--out DIR] [--no-pdf] [--only NAME ...]

Same files and gold conventions as benchmarks/data/documents/ (see README.md there and here): for every
document NAME, OUT/NAME/ gets NAME.{fr,en}.docx, .pdf, .txt (plain pdftotext), .gold.txt, .notes.txt,
NAME.furniture.txt and NAME.pairs.tsv.  The docx helpers, gold writers, LibreOffice conversion and PDF
normalisation are imported from ../documents/build.py, unchanged; this file adds only what the layouts of
this set need:

  * paragraphs numbered by Word itself (block kind "autonum": the "List Number" style, whose number is
    not text in the docx, so not in the gold either) and second-level Word bullets ("bullet2", the
    "List Bullet 2" style);
  * headings in small capitals (layout "heading_small_caps": the docx text keeps its case);
  * a first-page header made of a table (layout "header_table": a UN masthead), header and footer lines
    in italics ("//" before the text), and a new-page section with its own header and footer (an
    annex: content.NewSection);
  * tables with merged cells, shaded rows and no borders (content.Grid);
  * hanging indents of any width for typed labels ("1)", "2.1") and one-line paragraphs without space
    after (kind "line");
  * a page count that the build checks against each PDF (layout "pages").

It also checks that Word numbering is used in exactly one document, and that no sentence of 40 characters
or more of sets 1 and 2 (their content.py files, read only) occurs in this set.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
SET1 = HERE.parent / "documents"
SET2 = HERE.parent / "documents-heldout"
sys.dont_write_bytecode = True  # no __pycache__ in the data folders


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# set 1's build.py (it imports set 1's content.py as `content`, whose Block and Doc this set uses too)
base = _load("docset_build", SET1 / "build.py")
content = _load("final_content", HERE / "content.py")

LANGS = base.LANGS
STYLES = {"autonum": "List Number", "bullet": "List Bullet", "bullet2": "List Bullet 2"}
KEEP_STYLES = base.KEEP_STYLES | {"ListNumber", "ListBullet2"}


def pick(text, lang: str) -> str:
    """A furniture or header-table text: the same in both languages, or (fr, en)."""
    return text if isinstance(text, str) else text[LANGS.index(lang)]


# ----------------------------------------------------------------- docx building


def slim_template(d) -> None:
    """Set 1's slim_template, keeping the List Number and List Bullet 2 styles too."""
    styles = d.styles.element
    for st in styles.findall(qn("w:style")):
        if st.get(qn("w:styleId")) not in KEEP_STYLES:
            styles.remove(st)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for rels in (d.part.rels, d.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in base.DROP_RELS:
                rels.pop(r_id)


def set_list_indent(d, style: str, left_cm: float, hang_cm: float) -> None:
    """Indent of the numbering level that a list style points to (the template's is 0.63 cm)."""
    num_id = d.styles[style].element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    numbering = d.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    ppr = abstract.find(qn("w:lvl")).find(qn("w:pPr"))
    left, hang = str(int(Cm(left_cm).twips)), str(int(Cm(hang_cm).twips))
    ppr.find(qn("w:tabs")).find(qn("w:tab")).set(qn("w:pos"), left)
    ind = ppr.find(qn("w:ind"))
    ind.set(qn("w:left"), left)
    ind.set(qn("w:hanging"), hang)


def fill_furniture(hf, lines: list, lang: str, text_width: float) -> None:
    """Set 1's header/footer lines, plus "//" for a line in italics."""
    hf.is_linked_to_previous = False
    for k, (text, align) in enumerate(lines):
        text = pick(text, lang)
        p = hf.paragraphs[0] if k == 0 else hf.add_paragraph()
        p.alignment = base.ALIGN[align]
        p.paragraph_format.tab_stops.add_tab_stop(Cm(text_width), WD_TAB_ALIGNMENT.RIGHT)
        bold, italic = text.startswith("**"), text.startswith("//")
        text = text.removeprefix("**").removeprefix("//")
        for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
            if piece in ("{PAGE}", "{NUMPAGES}"):
                base.add_field(p, piece.strip("{}"), "1")
            elif piece:
                run = p.add_run(piece)
                run.bold = bold or None
                run.italic = italic or None


def set_borders(table, edges: dict[str, int]) -> None:
    """Table borders on the given edges only ({"bottom": 12}: eighths of a point), in schema order in tblPr."""
    xml = "".join(f'<w:{e} w:val="single" w:sz="{size}" w:space="0" w:color="000000"/>' for e, size in edges.items())
    borders = parse_xml(f"<w:tblBorders {nsdecls('w')}>{xml}</w:tblBorders>")
    tbl_pr = table._tbl.tblPr
    later = [qn(f"w:{t}") for t in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")]
    successor = next((el for el in tbl_pr if el.tag in later), None)
    if successor is None:
        tbl_pr.append(borders)
    else:
        successor.addprevious(borders)


def fill_header_table(hf, spec: dict, lang: str) -> None:
    """A first-page header made of a borderless table with a rule under it (a UN masthead).

    spec: {"widths": (cm, ...), "rows": [[cell, ...], ...]}, a cell being a list of lines
    (text, align, size, bold), text a str or (fr, en); a line whose text is empty in a language is left out.
    """
    hf.is_linked_to_previous = False
    widths = spec["widths"]
    table = hf.add_table(len(spec["rows"]), len(widths), Cm(sum(widths)))
    hf._element.insert(0, table._tbl)  # before the header's (required) last paragraph
    set_borders(table, {"bottom": 12})
    table.autofit = False
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
    for r, row in enumerate(spec["rows"]):
        for c, lines in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            shown = [(pick(text, lang), *rest) for text, *rest in lines if pick(text, lang)]
            for k, (text, align, size, bold) in enumerate(shown):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.alignment = base.ALIGN[align]
                p.paragraph_format.space_after = Pt(0)
                run = p.add_run(text)
                run.font.size = Pt(size)
                run.bold = bold or None
    last = hf.paragraphs[-1]
    last.paragraph_format.space_after = Pt(0)
    last.paragraph_format.space_before = Pt(0)


def furniture_strings(layout: dict, blocks, lang: str) -> list[str]:
    """Set 1's lang<TAB>slot<TAB>text lines (" | " for a tab, {PAGE} and {NUMPAGES} for fields), plus the
    header table's lines (cell by cell, row by row) and the furniture of new-page sections."""
    slots = []
    spec = layout.get("header_table")
    if spec:
        lines = [(text, "") for row in spec["rows"] for cell in row for text, *_ in cell]
        slots.append((spec["slot"], lines))
    slots.extend(layout.get("furniture", {}).items())
    for block in blocks:
        slots.extend(getattr(block, "furniture", ()))
    out = []
    for slot, lines in slots:
        for text, _align in lines:
            shown = pick(text, lang).removeprefix("**").removeprefix("//").replace("\t", " | ")
            if shown:
                out.append(f"{lang}\t{slot}\t{shown}")
    return out


def setup_furniture(d, section, furniture: dict, lang: str, header_table: dict | None = None) -> None:
    text_width = (section.page_width - section.left_margin - section.right_margin) / 360000
    if header_table or "first_header" in furniture or "first_footer" in furniture:
        section.different_first_page_header_footer = True
    slots = {
        "header": section.header,
        "footer": section.footer,
        "first_header": section.first_page_header,
        "first_footer": section.first_page_footer,
    }
    if header_table:
        fill_header_table(slots[header_table["slot"]], header_table, lang)
    for key, lines in furniture.items():
        fill_furniture(slots[key], lines, lang, text_width)


def set_hanging(pf, left_cm: float, hang_cm: float) -> None:
    pf.tab_stops.clear_all()
    pf.left_indent = Cm(left_cm)
    pf.first_line_indent = Cm(-hang_cm)
    pf.tab_stops.add_tab_stop(Cm(left_cm))


def format_paragraph(p, block, layout: dict) -> tuple[bool, bool]:
    """Set 1's paragraph layout, then this set's variants."""
    italic, bold = base.format_paragraph(p, block, layout)
    pf = p.paragraph_format
    kind = block.kind
    if kind == "num" and "num_hang" in layout:
        set_hanging(pf, layout.get("num_left", layout["num_hang"]), layout["num_hang"])
    elif kind == "sub" and "sub_hang" in layout:
        set_hanging(pf, layout["sub_left"], layout["sub_hang"])
    elif kind == "heading" and block.label and "heading_hang" in layout:
        set_hanging(pf, layout["heading_hang"], layout["heading_hang"])
    elif kind == "line":
        pf.space_after = Pt(0)
    elif kind in ("autonum", "bullet", "bullet2"):
        pf.space_after = Pt(layout.get(f"{kind}_space_after", layout.get("space_after", 6)))
    if layout.get("justify") and kind in ("autonum", "bullet", "bullet2") and not block.align:
        p.alignment = base.ALIGN["justify"]
    if block.space_before is not None:
        pf.space_before = Pt(block.space_before)
    return italic, bold


def write_block_paragraph(p, block, layout: dict, lang: str, notes) -> None:
    italic, bold = format_paragraph(p, block, layout)
    label = base.block_label(block, lang)
    if label:
        run = p.add_run(label + "\t")
        run.italic = italic or None
        run.bold = bold or None
    base.write_runs(p, " ".join(base.block_sentences(block, lang)), notes, italic=italic, bold=bold)
    font_size = block.size or layout.get(f"{block.kind}_size")
    small_caps = block.kind == "heading" and layout.get("heading_small_caps")
    for run in p.runs:
        if font_size:
            run.font.size = Pt(font_size)
        if small_caps:
            run.font.small_caps = True


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def write_table(d, block, layout: dict, lang: str, notes) -> None:
    """A table, one paragraph a cell; a Grid may merge cells, shade rows, set bold rows, keep only the frame
    round the table (borders "box") or drop the borders."""
    i = LANGS.index(lang)
    rows = block.rows
    ncols = len(rows[0])
    table = d.add_table(rows=len(rows), cols=ncols)
    borders = getattr(block, "borders", "grid")
    table.style = d.styles["Table Grid"] if borders == "grid" else None
    if borders == "box":
        set_borders(table, dict.fromkeys(("top", "left", "bottom", "right"), 6))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = block.widths or [16.0 / ncols] * ncols
    table.autofit = False
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
    for r in range(len(rows)):
        for c in range(ncols):
            table.cell(r, c).width = Cm(widths[c])
    for r, c, nrows, ncols_spanned in getattr(block, "merges", ()):
        table.cell(r, c).merge(table.cell(r + nrows - 1, c + ncols_spanned - 1))
    bold_rows = getattr(block, "bold_rows", (0,) if block.header_row else ())
    fills = dict(getattr(block, "shade", ()))
    size = getattr(block, "size", None) or layout.get("table_size", layout["size"] - 1)
    seen = set()
    for r, row in enumerate(rows):
        for c, cell_pair in enumerate(row):
            cell = table.cell(r, c)
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            if r in fills:
                shade(cell, fills[r])
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = Pt(layout.get("cell_space", 2))
            p.paragraph_format.space_after = Pt(layout.get("cell_space", 2))
            if c in block.numeric_cols and r not in getattr(block, "header_rows", (0,)):
                p.alignment = base.ALIGN["right"]
            elif c in getattr(block, "center_cols", ()) or (r in getattr(block, "header_rows", ()) and c > 0):
                p.alignment = base.ALIGN["center"]
            if cell_pair is None:
                continue
            base.write_runs(p, " ".join(base.sentences(cell_pair[i])), notes, bold=r in bold_rows)
            for run in p.runs:
                run.font.size = Pt(size)
    for r in getattr(block, "header_rows", (0,) if block.header_row else ()):
        table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def new_page_section(d, block, layout: dict, lang: str) -> None:
    """Close the current section with a next-page break; the new section gets the block's own furniture."""
    body = d.element.body
    d.add_section(WD_SECTION.NEW_PAGE)
    holder = body.sectPr.getprevious()  # the empty paragraph python-docx put the closing sectPr in
    last = holder.getprevious()
    if last is not None and last.tag == qn("w:p"):
        last.get_or_add_pPr().append(holder.pPr.sectPr)
        body.remove(holder)
    section = d.sections[-1]
    section.different_first_page_header_footer = False
    for slot in ("header", "footer"):
        part = getattr(section, slot)
        part.is_linked_to_previous = False
    text_width = (section.page_width - section.left_margin - section.right_margin) / 360000
    for slot, lines in block.furniture:
        fill_furniture(getattr(section, slot.rsplit("_", 1)[-1]), list(lines), lang, text_width)


def build_docx(doc, lang: str) -> tuple[bytes, list[str]]:
    layout = doc.layout
    d = Document()
    slim_template(d)
    base.setup_styles(d, layout, lang)
    if "autonum" in layout:  # numbered paragraphs keep their space after (the template's style drops it)
        set_list_indent(d, "List Number", *layout["autonum"])
        ppr = d.styles["List Number"].element.pPr
        ppr.remove(ppr.find(qn("w:contextualSpacing")))
    for kind in ("bullet", "bullet2"):
        if f"{kind}_indent" in layout:
            set_list_indent(d, STYLES[kind], *layout[f"{kind}_indent"])
    base.setup_settings(d, layout)
    section = d.sections[0]
    base.setup_section(section, layout)
    setup_furniture(d, section, layout.get("furniture", {}), lang, layout.get("header_table"))
    cp = d.core_properties
    cp.author = "workbench final held-out set"
    cp.last_modified_by = "workbench final held-out set"
    cp.title = doc.name
    cp.created = cp.modified = cp.last_printed = base.FIXED_TIME
    cp.revision = 1
    cp.language = base.LANG_TAGS[lang]
    notes = base.FootnoteWriter()
    for block in doc.blocks:
        if isinstance(block, content.NewSection):
            new_page_section(d, block, layout, lang)
        elif block.kind == "section":
            base.end_section(d, block.cols, layout)
        elif block.kind == "table":
            write_table(d, block, layout, lang, notes)
        else:
            p = d.add_paragraph(style=STYLES.get(block.kind))
            write_block_paragraph(p, block, layout, lang, notes)
    if notes.notes:
        xml = notes.part_xml().encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), base.CT_FOOTNOTES, xml, d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)
    buf = io.BytesIO()
    d.save(buf)
    return base.normalise_zip(buf.getvalue()), notes.notes


# ----------------------------------------------------------------- checks


def docx_body_stream(path: Path) -> str:
    """Set 1's body stream (paragraphs, then tables row by row), a merged cell counted once, where it starts."""
    d = Document(str(path))
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            parts.append(Paragraph(el, d).text)
        elif el.tag == qn("w:tbl"):
            seen = set()
            for row in Table(el, d).rows:
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        parts.extend(p.text for p in cell.paragraphs)
    return base.squash("".join(parts))


def check_autonum(doc, folder: Path) -> None:
    """Word-numbered paragraphs: List Number style in the docx, no typed label there or in the gold."""
    want = sum(1 for b in doc.blocks if b.kind == "autonum")
    for lang in LANGS:
        d = Document(str(folder / f"{doc.name}.{lang}.docx"))
        got = [p.text for p in d.paragraphs if p.style.name == "List Number"]
        assert len(got) == want, f"{doc.name}.{lang}: {len(got)} List Number paragraphs, not {want}"
        assert not any(re.match(r"\d+[.)]", t) for t in got), f"{doc.name}.{lang}: a typed number in a list item"
    assert all(b.label is None for b in doc.blocks if b.kind == "autonum"), f"{doc.name}: autonum with a label"


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
        counts.append(len(notes))
    assert counts[0] == counts[1], f"{name}: {counts[0]} French and {counts[1]} English notes"
    if any(b.kind == "autonum" for b in doc.blocks):
        check_autonum(doc, folder)


def check_pages(doc, folder: Path) -> None:
    want = doc.layout.get("pages")  # a number, or (French, English)
    for i, lang in enumerate(LANGS):
        info = subprocess.run(
            ["pdfinfo", f"{doc.name}.{lang}.pdf"], cwd=folder, check=True, capture_output=True, text=True
        ).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        expected = want[i] if isinstance(want, tuple) else want
        assert expected is None or pages == expected, f"{doc.name}.{lang}.pdf has {pages} pages, not {expected}"


def earlier_sentences() -> set[str]:
    """Every sentence of sets 1 and 2 (both languages), to check that this set copies none of them."""
    out: set[str] = set()
    for module in (base.content, sys.modules.get("heldout_content") or _load("heldout_content", SET2 / "content.py")):
        for doc in module.DOCUMENTS:
            for block in base.iter_paragraph_blocks(doc):
                for pair in block.pairs:
                    for side in pair:
                        out.update(base.plain(s) for s in base.sentences(side))
    return out


def check_set(docs) -> None:
    names = [d.name for d in docs]
    assert len(names) == len(set(names)), "duplicate document names"
    for folder in (SET1, SET2):
        taken = {p.name for p in folder.iterdir() if p.is_dir()}
        assert not taken & set(names), f"a document has the name of one in {folder.name}"
    autonum = [d.name for d in docs if any(b.kind == "autonum" for b in d.blocks)]
    assert len(autonum) == 1, f"Word-numbered paragraphs in {len(autonum)} documents, not 1: {autonum}"
    old = {s for s in earlier_sentences() if len(s) >= 40}  # not stock formulae ("Report of the Secretary-General")
    for doc in docs:
        for block in base.iter_paragraph_blocks(doc):
            for pair in block.pairs:
                for side in pair:
                    for s in base.sentences(side):
                        assert base.plain(s) not in old, f"{doc.name}: sentence from an earlier set: {s[:60]!r}"


# ----------------------------------------------------------------- main


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
        furniture.extend(furniture_strings(doc.layout, doc.blocks, lang))
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
    check_set(content.DOCUMENTS)
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
