#!/usr/bin/env python3
"""Build the final held-out French/English official-document set from content.py, with the machinery of set 1.

usage: .venv/bin/python benchmarks/data/documents-final/build.py [--out DIR] [--no-pdf] [--only NAME ...]

Same files and gold conventions as benchmarks/data/documents/ (see README.md there and here): for every
document NAME, OUT/NAME/ gets NAME.{fr,en}.docx, .pdf, .txt (plain pdftotext), .gold.txt, .notes.txt,
NAME.furniture.txt and NAME.pairs.tsv.  The docx helpers, gold writers, checks, LibreOffice conversion, PDF
normalisation and main() are ../documents/build.py's, which also reads what this set's layouts brought in:
header and footer lines in italics ("//" before the text), headings in small capitals (layout
"heading_small_caps": the docx text keeps its case), labelled headings hanging by "heading_hang", one-line
paragraphs without space after (kind "line"), the furniture lines of a header table and of new-page
sections, and a page count checked against each PDF (layout "pages").  This file adds only what is this
set's own:

  * paragraphs numbered by Word itself (block kind "autonum": the "List Number" style, whose number is
    not text in the docx, so not in the gold either) and second-level Word bullets ("bullet2", the
    "List Bullet 2" style);
  * a first-page header made of a table (layout "header_table": a UN masthead), and a new-page section
    with its own header and footer (an annex: content.NewSection);
  * tables with merged cells, shaded rows and no borders (content.Grid);
  * hanging indents of any width for typed labels ("1)", "2.1").

It also checks that Word numbering is used in exactly one document, and that no sentence of 40 characters
or more of sets 1 and 2 (their content.py files, read only) occurs in this set.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
SET1 = HERE.parent / "documents"
SET2 = HERE.parent / "documents-heldout"
sys.dont_write_bytecode = True  # no __pycache__ in the data folders

# set 1's build.py, the machinery (it imports set 1's content.py as `content`, whose Block and Doc this set
# uses too)
_spec = importlib.util.spec_from_file_location("docset_build", SET1 / "build.py")
_spec.loader.exec_module(base := importlib.util.module_from_spec(_spec))
content = base.load_module("final_content", HERE / "content.py")

STYLES = {"autonum": "List Number", "bullet": "List Bullet", "bullet2": "List Bullet 2"}
KEEP_STYLES = base.KEEP_STYLES | {"ListNumber", "ListBullet2"}
JUSTIFIED = (*base.JUSTIFIED, *STYLES)


# ----------------------------------------------------------------- docx building


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
            shown = [(base.pick(text, lang), *rest) for text, *rest in lines if base.pick(text, lang)]
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


def setup(d, layout: dict, lang: str) -> None:
    """This set's list styles (their indents; numbered paragraphs keep their space after, which the
    template's List Number style drops) and the first-page header table (layout "header_table")."""
    if "autonum" in layout:
        set_list_indent(d, "List Number", *layout["autonum"])
        ppr = d.styles["List Number"].element.pPr
        ppr.remove(ppr.find(qn("w:contextualSpacing")))
    for kind in ("bullet", "bullet2"):
        if f"{kind}_indent" in layout:
            set_list_indent(d, STYLES[kind], *layout[f"{kind}_indent"])
    spec = layout.get("header_table")
    if spec:
        section = d.sections[0]
        section.different_first_page_header_footer = True
        slot = {"first_header": "first_page_header", "header": "header"}[spec["slot"]]
        fill_header_table(getattr(section, slot), spec, lang)


def format_paragraph(p, block, layout: dict) -> tuple[bool, bool]:
    """Set 1's paragraph layout, then this set's variants."""
    italic, bold = base.format_paragraph(p, block, layout, JUSTIFIED)
    pf = p.paragraph_format
    kind = block.kind
    if kind == "num" and "num_hang" in layout:
        base.hanging(pf, layout.get("num_left", layout["num_hang"]), layout["num_hang"])
    elif kind == "sub" and "sub_hang" in layout:
        base.hanging(pf, layout["sub_left"], layout["sub_hang"])
    elif kind in STYLES:
        pf.space_after = Pt(layout.get(f"{kind}_space_after", layout.get("space_after", 6)))
    return italic, bold


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def write_table(d, block, layout: dict, lang: str, notes) -> None:
    """A table, one paragraph a cell; a Grid may merge cells, shade rows, set bold rows, keep only the frame
    round the table (borders "box") or drop the borders."""
    borders = getattr(block, "borders", "grid")
    table = base.add_table(d, block, "Table Grid" if borders == "grid" else None)
    if borders == "box":
        set_borders(table, dict.fromkeys(("top", "left", "bottom", "right"), 6))
    for r, c, nrows, ncols_spanned in getattr(block, "merges", ()):
        table.cell(r, c).merge(table.cell(r + nrows - 1, c + ncols_spanned - 1))
    bold_rows = getattr(block, "bold_rows", (0,) if block.header_row else ())
    header_rows = getattr(block, "header_rows", (0,) if block.header_row else ())
    fills = dict(getattr(block, "shade", ()))
    size = getattr(block, "size", None) or layout.get("table_size", layout["size"] - 1)
    seen = set()
    for r, row in enumerate(block.rows):
        for c, cell_pair in enumerate(row):
            cell = table.cell(r, c)
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            if r in fills:
                shade(cell, fills[r])
            p = cell.paragraphs[0]
            if c in block.numeric_cols and r not in getattr(block, "header_rows", (0,)):
                p.alignment = base.ALIGN["right"]
            elif c in getattr(block, "center_cols", ()) or (r in getattr(block, "header_rows", ()) and c > 0):
                p.alignment = base.ALIGN["center"]
            base.fill_cell(p, cell_pair, lang, notes, layout.get("cell_space", 2), size, r in bold_rows)
    base.repeat_rows(table, header_rows)


def new_page_section(d, block, lang: str) -> None:
    """Close the current section with a next-page break; the new section gets the block's own furniture."""
    base.add_section(d, WD_SECTION.NEW_PAGE)
    section = d.sections[-1]
    section.different_first_page_header_footer = False
    for slot in ("header", "footer"):
        part = getattr(section, slot)
        part.is_linked_to_previous = False
    for slot, lines in block.furniture:
        base.fill_furniture(getattr(section, slot.rsplit("_", 1)[-1]), list(lines), lang, base.text_width(section))


def write_block(d, block, layout: dict, lang: str, notes) -> None:
    if isinstance(block, content.NewSection):
        new_page_section(d, block, lang)
    else:
        base.write_block(
            d, block, layout, lang, notes, styles=STYLES, fmt=format_paragraph, label_rpr=True, table=write_table
        )


def build_docx(doc, lang: str) -> tuple[bytes, list[str]]:
    return base.build_docx(
        doc, lang, author="workbench final held-out set", keep_styles=KEEP_STYLES, setup=setup, write=write_block
    )


# ----------------------------------------------------------------- checks


def check_autonum(doc, folder: Path) -> None:
    """Word-numbered paragraphs: List Number style in the docx, no typed label there or in the gold."""
    want = sum(1 for b in doc.blocks if b.kind == "autonum")
    for lang in base.LANGS:
        d = Document(str(folder / f"{doc.name}.{lang}.docx"))
        got = [p.text for p in d.paragraphs if p.style.name == "List Number"]
        assert len(got) == want, f"{doc.name}.{lang}: {len(got)} List Number paragraphs, not {want}"
        assert not any(re.match(r"\d+[.)]", t) for t in got), f"{doc.name}.{lang}: a typed number in a list item"
    assert all(b.label is None for b in doc.blocks if b.kind == "autonum"), f"{doc.name}: autonum with a label"


def check_outputs(doc, folder: Path) -> None:
    """Set 1's checks (gold = docx body, pairs.tsv columns = gold, notes = docx footnotes), and Word numbering."""
    base.check_outputs(doc, folder)
    if any(b.kind == "autonum" for b in doc.blocks):
        check_autonum(doc, folder)


def earlier_sentences() -> set[str]:
    """Every sentence of sets 1 and 2 (both languages), to check that this set copies none of them."""
    out: set[str] = set()
    heldout = sys.modules.get("heldout_content") or base.load_module("heldout_content", SET2 / "content.py")
    for module in (base.content, heldout):
        for doc in module.DOCUMENTS:
            for block in base.iter_paragraph_blocks(doc):
                for pair in block.pairs:
                    for side in pair:
                        out.update(base.plain(s) for s in base.sentences(side))
    return out


def check_set(docs) -> None:
    base.check_names(docs, earlier=(SET1, SET2))
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


def main(argv: list[str] | None = None) -> int:
    return base.main(argv, content.DOCUMENTS, HERE, __doc__, build=build_docx, check=check_outputs, check_set=check_set)


if __name__ == "__main__":
    sys.exit(main())
