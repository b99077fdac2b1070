#!/usr/bin/env python3
"""Build the held-out French/English official-document set from content.py, with the machinery of set 1.

usage: .venv/bin/python benchmarks/data/documents-heldout/build.py [--out DIR] [--no-pdf] [--only NAME ...]

Same files and gold conventions as benchmarks/data/documents/ (see README.md there and here): for every
document NAME, OUT/NAME/ gets NAME.{fr,en}.docx, .pdf, .txt (plain pdftotext), .gold.txt, .notes.txt,
NAME.furniture.txt and NAME.pairs.tsv.  The docx writer, gold writers, checks, LibreOffice conversion, PDF
normalisation and main() are ../documents/build.py's, which also reads the layout keys this set brought in
(US Letter pages: "paper": "letter"; labelled headings hanging by "heading_hang"; a language tag other than
set 1's: "lang_tags": {"en": "en-US"}, for English hyphenation; footnotes hanging by "note_hang"; a page
count checked against each PDF: "pages") and lays out its one-line paragraphs (kind "line": addressee
lines, attendance lists).  This file adds only what is the held-out layouts' own:

  * hanging indents of any width for numbered paragraphs and sub-items (layout "num_left", "num_hang",
    "sub_hang", "subsub_hang"), and a third level of sub-items (block kind "subsub": "i)", "(ii)");
  * list items whose marker is a typed en dash and a TAB (block kind "dash"): the dash is treated as a
    bullet glyph, so it is not in the gold;
  * block quotations indented on the left only (layout "quote_right": 0);
  * tables without borders (layout "table_borders": False).
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
SET1 = HERE.parent / "documents"
sys.dont_write_bytecode = True  # no __pycache__ in the data folders

# set 1's build.py, the machinery (it imports set 1's content.py as `content`, whose Block and Doc this set
# uses too)
_spec = importlib.util.spec_from_file_location("docset_build", SET1 / "build.py")
_spec.loader.exec_module(base := importlib.util.module_from_spec(_spec))
content = base.load_module("heldout_content", HERE / "content.py")

DASH = "\u2013"  # the typed list marker of "dash" blocks
JUSTIFIED = (*base.JUSTIFIED, "subsub", "dash")


# --------------------------------------------------------------------------- docx building


def format_paragraph(p, block, layout: dict) -> tuple[bool, bool]:
    """Set 1's paragraph layout, then the held-out variants (indent widths, new kinds)."""
    italic, bold = base.format_paragraph(p, block, layout, JUSTIFIED)
    pf = p.paragraph_format
    kind = block.kind
    num_left = layout.get("num_left", layout.get("num_indent", 1.0))
    sub_left = num_left + layout.get("sub_hang", 1.0)
    if kind == "num" and ("num_left" in layout or "num_hang" in layout):
        base.hanging(pf, num_left, layout.get("num_hang", 1.0))
    elif kind == "sub" and ("num_left" in layout or "sub_hang" in layout):
        base.hanging(pf, sub_left, layout.get("sub_hang", 1.0))
    elif kind == "subsub":
        hang = layout.get("subsub_hang", 1.0)
        base.hanging(pf, sub_left + hang, hang)
    elif kind == "dash":
        base.hanging(pf, layout.get("dash_left", 0.63), layout.get("dash_hang", 0.63))
        pf.space_after = Pt(layout.get("dash_space_after", 2))
    elif kind == "quote":
        pf.left_indent = Cm(layout.get("quote_left", 1.5))
        pf.right_indent = Cm(layout.get("quote_right", 1.5))
    return italic, bold


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


write_block = functools.partial(base.write_block, fmt=format_paragraph, markers={"dash": DASH}, table=write_table)
build_docx = functools.partial(base.build_docx, author="workbench held-out set", write=write_block)


# --------------------------------------------------------------------------- checks


def check_outputs(doc, folder: Path) -> None:
    """Set 1's checks, the typed dash markers of list items not counted as body text, and none in the gold."""
    base.check_outputs(doc, folder, strip=DASH + "\t")
    for lang in base.LANGS:
        gold = (folder / f"{doc.name}.{lang}.gold.txt").read_text(encoding="utf-8")
        assert not any(line.startswith(DASH) for line in gold.splitlines()), f"{doc.name}.{lang}: dash in gold"


def check_set(docs) -> None:
    base.check_names(docs, earlier=(SET1,))


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    return base.main(argv, content.DOCUMENTS, HERE, __doc__, build=build_docx, check=check_outputs, check_set=check_set)


if __name__ == "__main__":
    sys.exit(main())
