#!/usr/bin/env python3
"""Build the French/English official-document dev set from the sentence data in content.py.

usage: .venv/bin/python benchmarks/data/documents/build.py [--out DIR] [--no-pdf] [--only NAME ...]

For every document NAME it writes, into OUT/NAME/ (OUT defaults to this folder):
  NAME.fr.docx, NAME.en.docx        python-docx, with real header/footer parts and real Word footnotes
  NAME.fr.pdf, NAME.en.pdf          LibreOffice (soffice --headless --convert-to pdf, private profile)
  NAME.fr.txt, NAME.en.txt          plain `pdftotext NAME.xx.pdf NAME.xx.txt` (no -layout, no -raw)
  NAME.fr.gold.txt, NAME.en.gold.txt  gold body segmentation: one segment a line, a blank line between paragraphs
  NAME.fr.notes.txt, NAME.en.notes.txt  footnote texts, one a line, in order
  NAME.furniture.txt                running header/footer strings
  NAME.pairs.tsv                    gold sentence pairs, fr<TAB>en, body only, in document order

Everything gold is derived from content.py by construction, and checked against the docx that was
written (see check_outputs).  --no-pdf skips the pdf and txt files (no LibreOffice or poppler needed).

The other sets' build.py files (../documents-heldout/, ../documents-final/) load this file as their
machinery: they pass their documents, their own block writers (build_docx's `setup` and `write`,
write_block's `fmt`, `markers` and `table`) and checks to build_docx, write_document and main.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Inches, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the data folder
import content  # noqa: E402  (sibling module, found through HERE)

LANGS = ("fr", "en")
LANG_TAGS = {"fr": "fr-FR", "en": "en-GB"}
NBSP = "\u00a0"
FIXED_TIME = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# inline markup in content.py: {{note text}} is a footnote (its reference mark goes where the
# markup stands), *text* is set in italics (roman inside an italic paragraph), ~ is a no-break space
MARKUP = re.compile(r"\{\{(.*?)\}\}|\*(.+?)\*")
PARAGRAPH_STYLES = {"bullet": "List Bullet"}  # block kind -> Word paragraph style (the others: Normal)
JUSTIFIED = ("para", "pream", "num", "sub", "quote")  # the kinds that layout["justify"] justifies


def load_module(name: str, path: Path) -> ModuleType:
    """Import the file at path as the module `name` (the other sets load their content.py so)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- text helpers


def sentences(side: str | tuple[str, ...]) -> tuple[str, ...]:
    """One side of a pair: a sentence, or a tuple of sentences (a 2:1 or 1:2 pair)."""
    return (side,) if isinstance(side, str) else tuple(side)


def plain(text: str) -> str:
    """The text as it reads in the body: no footnotes, no markup, ~ as a no-break space."""
    text = re.sub(r"\{\{.*?\}\}", "", text)
    return text.replace("*", "").replace("~", NBSP)


def notes_of(text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"\{\{(.*?)\}\}", text)]


def tokens(text: str) -> list[tuple[str, str, bool]]:
    """Split marked-up text into ("text", s, italic) and ("note", note, False) tokens."""
    out: list[tuple[str, str, bool]] = []
    pos = 0
    text = text.replace("~", NBSP)
    for m in MARKUP.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos : m.start()], False))
        if m.group(1) is not None:
            out.append(("note", m.group(1), False))
        else:
            out.append(("text", m.group(2), True))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:], False))
    return out


def pick(text: str | tuple[str, str], lang: str) -> str:
    """A label, furniture or header-table text: the same in both languages, or (fr, en)."""
    return text if isinstance(text, str) else text[LANGS.index(lang)]


def block_label(block: content.Block, lang: str) -> str | None:
    return None if block.label is None else pick(block.label, lang)


def block_sentences(block: content.Block, lang: str) -> list[str]:
    """The block's sentences in one language, marked up, label not included."""
    i = LANGS.index(lang)
    return [s for pair in block.pairs for s in sentences(pair[i])]


def gold_segments(block: content.Block, lang: str) -> list[str]:
    segs = [plain(s) for s in block_sentences(block, lang)]
    label = block_label(block, lang)
    if label and segs:
        segs[0] = f"{label} {segs[0]}"
    return segs


def iter_paragraph_blocks(doc: content.Doc):
    """Yield (block, cell_pairs) for every gold paragraph: body blocks, then table cells row by row."""
    for block in doc.blocks:
        if block.kind == "table":
            for row in block.rows:
                for cell in row:
                    if cell is not None:
                        yield content.Block("cell", (cell,))
        elif block.kind != "section":
            yield block


# --------------------------------------------------------------------------- docx building


def set_run_fonts(rpr, font: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def set_lang(rpr, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), "ar-SA")


def lang_tag(layout: dict, lang: str) -> str:
    """The language tag of the docx: LANG_TAGS's, or layout["lang_tags"]'s (e.g. {"en": "en-US"}, whose
    hyphenation patterns LibreOffice has)."""
    return layout.get("lang_tags", {}).get(lang) or LANG_TAGS[lang]


def setup_styles(d, layout: dict, lang: str) -> None:
    font, size = layout["font"], layout["size"]
    # document defaults, so that every style (header, footer, table) uses the document's font and language
    rpr_default = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_run_fonts(rpr_default, font)
    set_lang(rpr_default, lang_tag(layout, lang))
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    set_run_fonts(normal.element.get_or_add_rPr(), font)
    set_lang(normal.element.get_or_add_rPr(), lang_tag(layout, lang))
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(layout.get("space_after", 6))
    pf.line_spacing = layout.get("line_spacing", 1.0)
    pf.widow_control = True
    for name in ("Header", "Footer"):
        st = d.styles[name]
        st.font.size = Pt(layout.get("furniture_size", size - 1))
        st.paragraph_format.space_after = Pt(0)
        tabs = st.element.pPr.find(qn("w:tabs"))
        if tabs is not None:  # the template's Letter-size tab stops; each line sets its own
            st.element.pPr.remove(tabs)
    fn_text = d.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.element.set(qn("w:styleId"), "FootnoteText")
    fn_text.base_style = normal
    fn_text.font.size = Pt(layout.get("note_size", size - 2))
    fn_text.paragraph_format.space_after = Pt(2)
    fn_text.paragraph_format.line_spacing = 1.0
    fn_text.paragraph_format.left_indent = Cm(layout.get("note_hang", 0.5))
    fn_text.paragraph_format.first_line_indent = Cm(-layout.get("note_hang", 0.5))
    fn_ref = d.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.element.set(qn("w:styleId"), "FootnoteReference")
    fn_ref.font.superscript = True


def setup_settings(d, layout: dict) -> None:
    settings = d.settings.element
    tab_stop = settings.find(qn("w:defaultTabStop"))
    compat = settings.find(qn("w:compat"))
    compat.addprevious(
        parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    )
    if layout.get("hyphenate"):
        tab_stop.addnext(parse_xml(f"<w:autoHyphenation {nsdecls('w')}/>"))
    if "even_header" in layout.get("furniture", {}) or "even_footer" in layout.get("furniture", {}):
        d.settings.odd_and_even_pages_header_footer = True


def setup_section(section, layout: dict) -> None:
    """A4 pages (US Letter where layout["paper"] is "letter"), margins and header/footer distances."""
    if layout.get("paper") == "letter":
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    top, right, bottom, left = layout.get("margins", (2.5, 2.5, 2.5, 2.5))
    section.top_margin, section.right_margin = Cm(top), Cm(right)
    section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    section.header_distance = Cm(layout.get("header_distance", 1.25))
    section.footer_distance = Cm(layout.get("footer_distance", 1.25))


def add_field(paragraph, instr: str, placeholder: str) -> None:
    """A complex field (w:fldChar begin / w:instrText / separate / result / end), e.g. PAGE or NUMPAGES."""
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>{placeholder}</w:t></w:r>"))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def text_width(section) -> float:
    """The width between the margins, in cm: where a header or footer line has its right-aligned tab stop."""
    return (section.page_width - section.left_margin - section.right_margin) / 360000


def fill_furniture(hf, lines: list, lang: str, width: float) -> None:
    """Write header/footer lines: (text, align) with text a str or (fr, en); {PAGE} and {NUMPAGES} are fields,
    "**" before the text sets the line in bold, "//" in italics."""
    hf.is_linked_to_previous = False
    for k, (text, align) in enumerate(lines):
        text = pick(text, lang)
        p = hf.paragraphs[0] if k == 0 else hf.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
        bold, italic = text.startswith("**"), text.startswith("//")
        text = text.removeprefix("**").removeprefix("//")
        for piece in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
            if piece in ("{PAGE}", "{NUMPAGES}"):
                add_field(p, piece.strip("{}"), "1")
            elif piece:
                run = p.add_run(piece)
                run.bold = bold or None
                run.italic = italic or None


def furniture_strings(layout: dict, lang: str, blocks=()) -> list[str]:
    """The lang<TAB>slot<TAB>text lines of NAME.furniture.txt (" | " for a tab, {PAGE} and {NUMPAGES} for
    fields): a header table's lines (layout["header_table"], cell by cell, row by row), layout["furniture"],
    then the furniture of the blocks that have some (new-page sections); a line empty in a language is left out."""
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


def setup_furniture(d, layout: dict, lang: str) -> None:
    furniture = layout.get("furniture", {})
    section = d.sections[0]
    width = text_width(section)
    if "first_header" in furniture or "first_footer" in furniture:
        section.different_first_page_header_footer = True
    slots = {
        "header": section.header,
        "footer": section.footer,
        "first_header": section.first_page_header,
        "first_footer": section.first_page_footer,
        "even_header": section.even_page_header,
        "even_footer": section.even_page_footer,
    }
    for key, lines in furniture.items():
        fill_furniture(slots[key], lines, lang, width)


class FootnoteWriter:
    def __init__(self) -> None:
        self.notes: list[str] = []

    def reference(self, paragraph) -> None:
        self.notes.append("")
        n = len(self.notes)
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
                f'</w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
            )
        )

    def part_xml(self) -> str:
        sep = (
            '<w:footnote w:type="{t}" w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:{e}/></w:r></w:p></w:footnote>'
        )
        parts = [
            f"<w:footnotes {nsdecls('w', 'r')}>",
            sep.format(t="separator", i=-1, e="separator"),
            sep.format(t="continuationSeparator", i=0, e="continuationSeparator"),
        ]
        for n, note in enumerate(self.notes, 1):
            runs = [
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                "<w:footnoteRef/></w:r>",
                "<w:r><w:tab/></w:r>",
            ]
            for _kind, text, italic in tokens(note):
                rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
                runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
            parts.append(
                f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{"".join(runs)}</w:p>'
                "</w:footnote>"
            )
        parts.append("</w:footnotes>")
        return "".join(parts)


def write_runs(paragraph, text: str, notes: FootnoteWriter, italic: bool = False, bold: bool = False) -> None:
    for kind, piece, toggled in tokens(text):
        if kind == "note":
            notes.reference(paragraph)
            notes.notes[-1] = piece
        else:
            run = paragraph.add_run(piece)
            if italic != toggled:
                run.italic = True
            if bold:
                run.bold = True


def hanging(pf, left_cm: float, hang_cm: float) -> None:
    """Left indent and hanging first line, with the (only) tab stop at the left indent."""
    pf.tab_stops.clear_all()
    pf.left_indent = Cm(left_cm)
    pf.first_line_indent = Cm(-hang_cm)
    pf.tab_stops.add_tab_stop(Cm(left_cm))


def lead_in(p, align: str, after: float, before: float | None = None) -> None:
    """A title, subtitle or heading: aligned, with its space after (and before), kept with the next paragraph."""
    pf = p.paragraph_format
    p.alignment = ALIGN[align]
    if before is not None:
        pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.keep_with_next = True


def format_paragraph(
    p, block: content.Block, layout: dict, justified: tuple[str, ...] = JUSTIFIED
) -> tuple[bool, bool]:
    """Apply the paragraph layout of a block kind; return (italic, bold) for its runs.

    layout["justify"] justifies the kinds in `justified` (the other sets add theirs)."""
    pf = p.paragraph_format
    kind = block.kind
    italic = bold = False
    if kind == "title":
        lead_in(p, layout.get("title_align", "center"), 6, before=6)
        bold = True
        if layout.get("title_indent"):
            pf.left_indent = Cm(layout["title_indent"][0])
            pf.right_indent = Cm(layout["title_indent"][1])
    elif kind == "subtitle":
        lead_in(p, layout.get("title_align", "center"), 12)
        bold = layout.get("subtitle_bold", False)
    elif kind == "heading":
        lead_in(p, layout.get("heading_align", "left"), 6, before=12)
        bold = True
        if block.label:
            hang = layout.get("heading_hang", 1.0)
            hanging(pf, hang, hang)
    elif kind == "date":
        p.alignment = ALIGN[layout.get("date_align", "right")]
        pf.space_after = Pt(12)
    elif kind == "para":
        if layout.get("first_line_indent"):
            pf.first_line_indent = Cm(layout["first_line_indent"])
        if layout.get("body_indent"):
            pf.left_indent = Cm(layout["body_indent"])
    elif kind == "pream":
        pf.first_line_indent = Cm(1.25)
    elif kind == "num":
        hanging(pf, layout.get("num_indent", 1.0), 1.0)
    elif kind == "sub":
        hanging(pf, layout.get("num_indent", 1.0) + 1.0, 1.0)
    elif kind == "quote":
        pf.left_indent = Cm(1.5)
        pf.right_indent = Cm(1.5)
        italic = layout.get("quote_italic", True)
    elif kind == "sig":
        pf.left_indent = Cm(layout.get("sig_indent", 8.0))
        pf.space_after = Pt(0)
        pf.keep_with_next = True
    elif kind == "center":
        p.alignment = ALIGN["center"]
    if layout.get("justify") and kind in justified:
        p.alignment = ALIGN["justify"]
    if block.align:
        p.alignment = ALIGN[block.align]
    if block.space_before is not None:
        pf.space_before = Pt(block.space_before)
    if block.page_break_before:
        pf.page_break_before = True
    if block.keep_with_next:
        pf.keep_with_next = True
    if kind == "line":  # a one-line paragraph without space after (set after space_before: attribute order)
        pf.space_after = Pt(0)
    return italic or block.italic, bold or block.bold


def write_block_paragraph(
    p,
    block: content.Block,
    layout: dict,
    lang: str,
    notes: FootnoteWriter,
    *,
    fmt=format_paragraph,
    marker: str | None = None,
    label_rpr: bool = False,
) -> None:
    """A paragraph block laid out by `fmt`, its label (or else `marker`, a typed list marker) and a TAB first,
    in a run that has run properties even when plain (an empty w:rPr) where `label_rpr` is set (set 3's
    docx); layout["heading_small_caps"] sets headings in small capitals."""
    italic, bold = fmt(p, block, layout)
    label = block_label(block, lang) or marker
    if label:
        run = p.add_run(label + "\t")
        if italic or label_rpr:
            run.italic = italic or None
        if bold or label_rpr:
            run.bold = bold or None
    write_runs(p, " ".join(block_sentences(block, lang)), notes, italic=italic, bold=bold)
    font_size = block.size or layout.get(f"{block.kind}_size")
    small_caps = block.kind == "heading" and layout.get("heading_small_caps")
    for run in p.runs:
        if font_size:
            run.font.size = Pt(font_size)
        if small_caps:
            run.font.small_caps = True


def add_section(d, start: WD_SECTION) -> None:
    """Close the current section with a break of the kind `start`.

    python-docx puts the closing w:sectPr into a new empty paragraph; move it into the last paragraph of
    the section, as Word does, so that no empty paragraph is left in the body.
    """
    body = d.element.body
    d.add_section(start)
    holder = body.sectPr.getprevious()
    last = holder.getprevious()
    if last is not None and last.tag == qn("w:p"):
        last.get_or_add_pPr().append(holder.pPr.sectPr)
        body.remove(holder)


def end_section(d, cols: int, layout: dict) -> None:
    """Close the current section with a continuous break; the next one has `cols` columns."""
    add_section(d, WD_SECTION.CONTINUOUS)
    new = d.element.body.sectPr
    for old in new.findall(qn("w:cols")):
        new.remove(old)
    spacing = int(Cm(layout.get("column_gap", 0.8)).twips)
    new.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{cols}" w:space="{spacing}"/>'))
    # w:cols must come before w:docGrid etc.: re-insert it in schema order
    grid = new.find(qn("w:docGrid"))
    if grid is not None:
        cols_el = new.findall(qn("w:cols"))[-1]
        grid.addprevious(cols_el)


def add_table(d, block: content.Block, style: str | None = "Table Grid") -> Table:
    """A centred table of the block's size in the given style (None: no borders), with fixed column and cell
    widths (the block's, or 16 cm shared out)."""
    rows = block.rows
    ncols = len(rows[0])
    table = d.add_table(rows=len(rows), cols=ncols)
    table.style = d.styles[style] if style else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = block.widths or [16.0 / ncols] * ncols
    table.autofit = False
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
    for r in range(len(rows)):
        for c in range(ncols):
            table.cell(r, c).width = Cm(widths[c])
    return table


def fill_cell(p, cell_pair, lang: str, notes: FootnoteWriter, space: float, size: float, bold: bool) -> None:
    """A table cell's paragraph: `space` points before and after, then the cell's text (None: empty)."""
    p.paragraph_format.space_before = Pt(space)
    p.paragraph_format.space_after = Pt(space)
    if cell_pair is not None:
        write_runs(p, " ".join(sentences(cell_pair[LANGS.index(lang)])), notes, bold=bold)
        for run in p.runs:
            run.font.size = Pt(size)


def repeat_rows(table: Table, rows) -> None:
    """Mark rows as header rows, repeated at the top of each page the table runs onto."""
    for r in rows:
        table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def write_table(d, block: content.Block, layout: dict, lang: str, notes: FootnoteWriter) -> None:
    table = add_table(d, block)
    size = layout.get("table_size", layout["size"] - 1)
    for r, row in enumerate(block.rows):
        for c, cell_pair in enumerate(row):
            p = table.cell(r, c).paragraphs[0]
            if c > 0 and c in block.numeric_cols:
                p.alignment = ALIGN["right"]
            fill_cell(p, cell_pair, lang, notes, 2, size, bold=r == 0 and block.header_row)
    if block.header_row:
        repeat_rows(table, (0,))


KEEP_STYLES = {
    "Normal",
    "DefaultParagraphFont",
    "TableNormal",
    "NoList",
    "Header",
    "HeaderChar",
    "Footer",
    "FooterChar",
    "ListBullet",
    "TableGrid",
}
DROP_RELS = ("stylesWithEffects", "customXml", "thumbnail")


def slim_template(d, keep: set[str] = KEEP_STYLES) -> None:
    """Drop what the python-docx template carries and these documents never use, to keep the files small:
    the 150 unused styles (all but `keep`), the latent style list, stylesWithEffects, customXml and the
    thumbnail."""
    styles = d.styles.element
    for st in styles.findall(qn("w:style")):
        if st.get(qn("w:styleId")) not in keep:
            styles.remove(st)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for rels in (d.part.rels, d.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in DROP_RELS:
                rels.pop(r_id)


def write_block(
    d,
    block: content.Block,
    layout: dict,
    lang: str,
    notes: FootnoteWriter,
    *,
    styles: dict[str, str] = PARAGRAPH_STYLES,
    fmt=format_paragraph,
    markers: dict[str, str] | None = None,
    label_rpr: bool = False,
    table=write_table,
) -> None:
    """One block: a continuous section break, a table (written by `table`), or a paragraph in its Word style
    (`styles`, by kind), laid out by `fmt`, with the typed list marker `markers` gives its kind, if any (see
    write_block_paragraph for `label_rpr`)."""
    if block.kind == "section":
        end_section(d, block.cols, layout)
    elif block.kind == "table":
        table(d, block, layout, lang, notes)
    else:
        p = d.add_paragraph(style=styles.get(block.kind))
        marker = (markers or {}).get(block.kind)
        write_block_paragraph(p, block, layout, lang, notes, fmt=fmt, marker=marker, label_rpr=label_rpr)


def build_docx(
    doc: content.Doc,
    lang: str,
    *,
    author: str = "workbench dev set",
    keep_styles: set[str] = KEEP_STYLES,
    setup=None,
    write=write_block,
) -> tuple[bytes, list[str]]:
    """The docx of one language and its footnote texts; `setup(d, layout, lang)`, if given, runs after the
    styles are set up, and `write` writes each block (the other sets pass their own)."""
    layout = doc.layout
    d = Document()
    slim_template(d, keep_styles)
    setup_styles(d, layout, lang)
    if setup:
        setup(d, layout, lang)
    setup_settings(d, layout)
    setup_section(d.sections[0], layout)
    setup_furniture(d, layout, lang)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = doc.name
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.language = lang_tag(layout, lang)
    notes = FootnoteWriter()
    for block in doc.blocks:
        write(d, block, layout, lang, notes)
    if notes.notes:
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, notes.part_xml().encode("utf-8"), d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue()), notes.notes


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the docx zip with fixed member timestamps, so that a rebuild gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- gold files and checks


def gold_text(doc: content.Doc, lang: str) -> str:
    paras = []
    for block in iter_paragraph_blocks(doc):
        segs = gold_segments(block, lang)
        if segs:
            paras.append("\n".join(segs))
    return "\n\n".join(paras) + "\n"


def pair_lines(doc: content.Doc) -> list[str]:
    lines = []
    for block in iter_paragraph_blocks(doc):
        for k, pair in enumerate(block.pairs):
            sides = []
            for i, lang in enumerate(LANGS):
                sents = [plain(s) for s in sentences(pair[i])]
                label = block_label(block, lang)
                if k == 0 and label:
                    sents[0] = f"{label} {sents[0]}"
                sides.append(" ".join(sents))
            lines.append("\t".join(sides))
    return lines


def squash(text: str) -> str:
    return "".join(text.split())


def docx_body_stream(path: Path, strip: str = "") -> str:
    """The docx body text, whitespace removed: paragraphs in order, less a leading `strip` (a typed list
    marker that is no gold text), tables row by row, cell by cell, a merged cell once, where it starts."""
    d = Document(str(path))
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            parts.append(Paragraph(el, d).text.removeprefix(strip))
        elif el.tag == qn("w:tbl"):
            seen = set()
            for row in Table(el, d).rows:
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        parts.extend(p.text for p in cell.paragraphs)
    return squash("".join(parts))


def docx_notes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" not in z.namelist():
            return []
        root = parse_xml(z.read("word/footnotes.xml"))
    out = []
    for fn in root.findall(qn("w:footnote")):
        if int(fn.get(qn("w:id"))) > 0:
            out.append("".join(t.text or "" for t in fn.iter(qn("w:t"))))
    return out


def check_content(doc: content.Doc) -> None:
    for block in iter_paragraph_blocks(doc):
        for pair in block.pairs:
            for i, lang in enumerate(LANGS):
                for s in sentences(pair[i]):
                    where = f"{doc.name} {lang}: {s[:60]!r}"
                    assert s and s == s.strip() and "  " not in s, f"stray whitespace in {where}"
                    assert "'" not in s and '"' not in s, f"straight quote or apostrophe in {where}"
                    assert "\t" not in s and "\n" not in s, f"tab or newline in {where}"
                    text = plain(s)
                    assert not set(text) & set("{}*~"), f"markup left in {where}"


def check_outputs(doc: content.Doc, folder: Path, strip: str = "") -> None:
    """Gold = docx body (see docx_body_stream for `strip`), pairs.tsv columns = gold, notes = docx footnotes."""
    name = doc.name
    pairs = (folder / f"{name}.pairs.tsv").read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 1 for line in pairs), f"{name}: a pairs.tsv line without exactly one TAB"
    counts = []
    for i, lang in enumerate(LANGS):
        gold = (folder / f"{name}.{lang}.gold.txt").read_text(encoding="utf-8")
        body = docx_body_stream(folder / f"{name}.{lang}.docx", strip)
        assert squash(gold) == body, f"{name}.{lang}: gold and docx body differ"
        column = "".join(line.split("\t")[i] for line in pairs)
        assert squash(column) == squash(gold), f"{name}.{lang}: pairs.tsv column and gold differ"
        notes = (folder / f"{name}.{lang}.notes.txt").read_text(encoding="utf-8").splitlines()
        got = docx_notes(folder / f"{name}.{lang}.docx")
        assert [squash(n) for n in notes] == [squash(n) for n in got], f"{name}.{lang}: footnotes differ"
        counts.append(len(notes))
    assert counts[0] == counts[1], f"{name}: {counts[0]} French and {counts[1]} English notes"


def check_names(docs, earlier: tuple[Path, ...] = ()) -> None:
    """Document names are unique, and none is the name of a document folder of an earlier set."""
    names = [d.name for d in docs]
    assert len(names) == len(set(names)), "duplicate document names"
    for folder in earlier:
        taken = {p.name for p in folder.iterdir() if p.is_dir()}
        assert not taken & set(names), f"a document has the name of one in {folder.name}"


# --------------------------------------------------------------------------- pdf and txt


def convert_pdfs(docx_paths: list[Path]) -> None:
    """Convert with one soffice run in a private profile, then move each pdf beside its docx."""
    with tempfile.TemporaryDirectory(prefix="wb-docset-") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        cmd = [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, docx_paths),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for path in docx_paths:
            pdf = outdir / (path.stem + ".pdf")
            if not pdf.exists():
                raise SystemExit(f"soffice did not convert {path}")
            shutil.move(str(pdf), path.with_suffix(".pdf"))
            normalise_pdf(path.with_suffix(".pdf"))


def normalise_pdf(pdf: Path) -> None:
    """Make LibreOffice's pdf reproducible: fixed dates, and a file ID derived from the content.

    Both edits keep every byte offset, so the cross-reference table stays valid.
    """
    data = pdf.read_bytes()
    stamp = FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"/(CreationDate|ModDate)\(D:\d{14}", lambda m: b"/" + m.group(1) + b"(D:" + stamp, data)
    ids = re.compile(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]|/DocChecksum /[0-9A-F]{32}")
    hexes = re.compile(rb"[0-9A-F]{32}")
    blank = ids.sub(lambda m: hexes.sub(b"0" * 32, m.group(0)), data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = ids.sub(lambda m: hexes.sub(digest, m.group(0)), data)
    pdf.write_bytes(data)


def pdf_to_text(pdf: Path) -> None:
    subprocess.run(["pdftotext", pdf.name, pdf.with_suffix(".txt").name], check=True, cwd=pdf.parent)


def check_pages(doc: content.Doc, folder: Path) -> None:
    """Each PDF has the page count of layout["pages"] (a number, or (French, English)), where there is one."""
    want = doc.layout.get("pages")
    if want is None:
        return
    for i, lang in enumerate(LANGS):
        info = subprocess.run(
            ["pdfinfo", f"{doc.name}.{lang}.pdf"], cwd=folder, check=True, capture_output=True, text=True
        ).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        expected = want[i] if isinstance(want, tuple) else want
        assert expected is None or pages == expected, f"{doc.name}.{lang}.pdf has {pages} pages, not {expected}"


# --------------------------------------------------------------------------- main


def write_document(doc: content.Doc, folder: Path, *, build=build_docx, check=check_outputs) -> list[Path]:
    """Write one document's docx, gold, notes, furniture and pairs files (docx by `build`, checked by `check`)."""
    folder.mkdir(parents=True, exist_ok=True)
    check_content(doc)
    docx_paths = []
    furniture = []
    for lang in LANGS:
        data, notes = build(doc, lang)
        path = folder / f"{doc.name}.{lang}.docx"
        path.write_bytes(data)
        docx_paths.append(path)
        (folder / f"{doc.name}.{lang}.gold.txt").write_text(gold_text(doc, lang), encoding="utf-8")
        note_lines = "".join(plain(n) + "\n" for n in notes)
        (folder / f"{doc.name}.{lang}.notes.txt").write_text(note_lines, encoding="utf-8")
        furniture.extend(furniture_strings(doc.layout, lang, doc.blocks))
    (folder / f"{doc.name}.furniture.txt").write_text("".join(f + "\n" for f in furniture), encoding="utf-8")
    (folder / f"{doc.name}.pairs.tsv").write_text("\n".join(pair_lines(doc)) + "\n", encoding="utf-8")
    check(doc, folder)
    return docx_paths


def counts(doc: content.Doc) -> tuple[int, int, int, int]:
    """(French segments, English segments, pairs, pairs that are not 1:1)."""
    fr = sum(len(gold_segments(b, "fr")) for b in iter_paragraph_blocks(doc))
    en = sum(len(gold_segments(b, "en")) for b in iter_paragraph_blocks(doc))
    pairs = [pair for b in iter_paragraph_blocks(doc) for pair in b.pairs]
    uneven = sum(1 for fr_side, en_side in pairs if not isinstance(fr_side, str) or not isinstance(en_side, str))
    return fr, en, len(pairs), uneven


def main(
    argv: list[str] | None = None,
    documents: list[content.Doc] | None = None,
    here: Path = HERE,
    description: str = __doc__,
    *,
    build=build_docx,
    check=check_outputs,
    check_set=check_names,
) -> int:
    """Build a set: this one by default; the other sets pass their documents, folder, docstring, docx
    builder, output check and whole-set check (`check_set(documents)`)."""
    documents = content.DOCUMENTS if documents is None else documents
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--out", type=Path, default=here, help="output folder (default: this folder)")
    parser.add_argument("--no-pdf", action="store_true", help="write docx and gold files only")
    parser.add_argument("--only", nargs="*", help="build only these documents")
    args = parser.parse_args(argv)
    check_set(documents)
    docs = [d for d in documents if not args.only or d.name in args.only]
    all_docx = []
    for doc in docs:
        all_docx.extend(write_document(doc, args.out / doc.name, build=build, check=check))
    if not args.no_pdf:
        convert_pdfs(all_docx)
        for path in all_docx:
            pdf_to_text(path.with_suffix(".pdf"))
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
