"""PDF files (pypdfium2): the glyphs of every page with their place, size and weight, as lines.

Each page's characters are read once, in the order the file draws them (which
is reading order for what Word and LibreOffice write, two columns included),
and cut into lines where PDFium sees a line end. A line keeps what the layout
analysis (`pdflayout`) needs: where it starts and ends, its baseline, its type
size and weight, a label hanging at its margin, and the raised footnote marks
inside it. Pages are read one at a time and closed, so a 500-page report reads
in bounded memory; `progress(done, total)` is called after every page.
"""

from __future__ import annotations

import ctypes
import re
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.readers.labels import is_label
from workbench.readers.paragraphs import Line
from workbench.readers.pdflayout import PdfLine, PdfPage

PageProgress = Callable[[int, int], None]

_FLATE_STREAM = re.compile(rb"/FlateDecode[^>]{0,400}>>\s*stream\r?\n")
_STREAM_LIMIT = 64 * 1024 * 1024
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MARK_CHARS = frozenset("0123456789*†‡")
_SPACE_CHARS = frozenset({32, 9, 0xA0, 0x202F, 0x2002, 0x2003, 0x2009})
_LINE_END = frozenset({10, 13})
_BREAK_GAP = 2.2  # a jump of more than this many type sizes between two glyphs splits a line (a table cell)
_LABEL_GAP = 1.2  # after a label ("1.", "a)"), a jump wider than a space: the label hangs in the margin


def _refuse_bombs(path: Path) -> None:
    """Refuse a compressed stream that inflates past a sane size (a decompression bomb).

    PDFium would inflate it whole in memory; each stream is inflated here at most up to
    the limit, and thrown away.
    """
    data = path.read_bytes()
    for m in _FLATE_STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(data[m.end() : end if end > 0 else None], _STREAM_LIMIT)
        except zlib.error:
            continue  # a damaged stream: PDFium decides what it makes of it
        if len(out) >= _STREAM_LIMIT and inflater.unconsumed_tail:
            raise InputError(
                f"{path} has a stream that inflates past {_STREAM_LIMIT // 1024 // 1024} MB "
                "(a decompression bomb?); refused"
            )


def open_pdf(path: Path) -> Any:
    """The pypdfium2 document; a clear InputError for damaged, password-protected and bomb files."""
    import pypdfium2 as pdfium

    _refuse_bombs(path)
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise InputError(f"{path} is an encrypted PDF; save an unprotected copy first") from exc
        raise InputError(f"{path} is not a readable PDF ({reason.splitlines()[0][:200]})") from exc


def read_pdf_lines(path: Path, progress: PageProgress | None = None) -> list[PdfPage]:
    """The lines of every page, with the page's size and its ruled lines."""
    import pypdfium2.raw as raw

    pdf = open_pdf(path)
    pages: list[PdfPage] = []
    try:
        total = len(pdf)
        if total == 0:
            raise InputError(f"{path} is not a readable PDF (it has no pages)")
        for index in range(total):
            try:
                page = pdf[index]
            except Exception as exc:  # noqa: BLE001 - PDFium refuses a broken page with its own error
                raise InputError(f"{path} is not a readable PDF (page {index + 1}: {exc})") from exc
            try:
                height = float(page.get_height())
                columns, separators = _rules(raw, page.raw, height)
                textpage = page.get_textpage()
                try:
                    lines = _page_lines(raw, textpage.raw, index + 1, height, columns)
                finally:
                    textpage.close()
            finally:
                page.close()
            pages.append(PdfPage(index + 1, height, lines, separators))
            if progress is not None:
                progress(index + 1, total)
    finally:
        pdf.close()
    if not any(page.lines for page in pages):
        raise InputError(f"{path} has no text layer (a scanned PDF?); run OCR on it first")
    return pages


def _rules(raw: Any, page: Any, height: float) -> tuple[list[tuple[float, float, float]], list[float]]:
    """The page's drawn rules: vertical ones (table cell borders) as (x, bottom, top), and short
    horizontal ones starting at the left (a footnote separator) as their height from the top."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    columns: list[tuple[float, float, float]] = []
    separators: list[float] = []
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if w <= 2.5 and h >= 6:
            columns.append(((left.value + right.value) / 2, bottom.value, top.value))
        elif h <= 2.5 and 20 <= w <= 250:
            separators.append(height - top.value)
    return columns, separators


class _Glyph:
    __slots__ = ("code", "x", "y", "size")

    def __init__(self, code: int, x: float, y: float, size: float) -> None:
        self.code, self.x, self.y, self.size = code, x, y, size


def _page_lines(
    raw: Any, tp: Any, page_no: int, height: float, columns: list[tuple[float, float, float]]
) -> list[PdfLine]:
    n = raw.FPDFText_CountChars(tp)
    get_unicode, get_origin, get_size = raw.FPDFText_GetUnicode, raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize
    x, y = ctypes.c_double(), ctypes.c_double()
    lines: list[PdfLine] = []
    current: list[_Glyph] = []
    first_index = 0
    last_y = None
    size = 0.0
    broken = False  # PDFium saw a line end since the last glyph
    for k in range(n):
        code = get_unicode(tp, k)
        if code in _LINE_END:
            broken = True
            continue
        get_origin(tp, k, x, y)
        if last_y is None or abs(y.value - last_y) > 0.3:
            size = get_size(tp, k)  # the size only changes where the baseline does, or nearly
            last_y = y.value
        if current and code not in _SPACE_CHARS and not broken:
            # PDFium does not always mark a line end: a glyph well below the line starts the next one.
            base = current[0]
            broken = y.value < base.y - 0.6 * base.size
        if broken and current and code not in _SPACE_CHARS:
            if _goes_on(current, x.value, y.value):
                current.append(_Glyph(32, x.value, y.value, size))
            else:
                lines += _make_lines(raw, tp, current, first_index, page_no, height, columns)
                current = []
            broken = False
        if not current:
            first_index = k
        current.append(_Glyph(code, x.value, y.value, size))
    if current:
        lines += _make_lines(raw, tp, current, first_index, page_no, height, columns)
    return lines


def _goes_on(line: list[_Glyph], x: float, y: float) -> bool:
    """PDFium ended a line at a raised footnote mark, but the next glyph sits on the same baseline, just after."""
    base = next((g for g in line if g.code not in _SPACE_CHARS), line[0])
    last = line[-1]
    return abs(y - base.y) < 0.25 * base.size and 0 <= x - last.x < 2.0 * base.size


def _is_bold(raw: Any, tp: Any, index: int) -> bool:
    if raw.FPDFText_GetFontWeight(tp, index) >= 600:
        return True
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    got = raw.FPDFText_GetFontInfo(tp, index, buffer, 128, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace").lower() if got else ""
    return "bold" in name or "black" in name or "heavy" in name


def _make_lines(
    raw: Any,
    tp: Any,
    glyphs: list[_Glyph],
    first_index: int,
    page_no: int,
    height: float,
    columns: list[tuple[float, float, float]],
) -> list[PdfLine]:
    """One line of glyphs as PdfLines: split at a wide jump (table cells), marks and a hanging label noted."""
    inked = [g for g in glyphs if g.code not in _SPACE_CHARS]
    if not inked:
        return []
    baseline = Counter(round(g.y, 1) for g in inked).most_common(1)[0][0]
    size = max((g.size for g in inked if abs(g.y - baseline) < 0.6), default=inked[0].size) or 1.0
    bold = _is_bold(raw, tp, first_index)
    out: list[PdfLine] = []
    text: list[str] = []
    marks: list[tuple[int, int, str]] = []
    x0 = x1 = None
    text_x: float | None = None
    last_x: float | None = None
    space = False
    lead = ""  # a raised number opening the line (a footnote's own number)

    def flush() -> None:
        nonlocal text, marks, x0, x1, text_x, space, lead
        joined = "".join(text)
        content = joined.strip()
        if content and x0 is not None and x1 is not None:
            strip = len(joined) - len(joined.lstrip())
            out.append(
                PdfLine(
                    page=page_no,
                    text=content,
                    x0=x0,
                    x1=x1,
                    y=height - baseline,
                    size=size,
                    bold=bold,
                    text_x=text_x if text_x is not None else x0,
                    marks=[(a - strip, b - strip, label) for a, b, label in marks],
                    lead=lead,
                )
            )
        text, marks, x0, x1, text_x, space, lead = [], [], None, None, None, False, ""

    for g in glyphs:
        if g.code in _SPACE_CHARS:
            space = True
            continue
        ch = chr(g.code) if g.code < 0x110000 else ""
        if ch in ("\ufffe", "\x02"):
            ch = "-"  # PDFium's code for a hyphen the layout inserted at a line end
        jump = g.x - last_x if last_x is not None else 0.0
        opens = ch.isalpha() or ch in '«“"(['  # a label's text starts with a word, not a number (22.9  22.1)
        if jump > _LABEL_GAP * size and text_x is None and opens and is_label("".join(text).strip()):
            text_x = g.x  # "1." at the margin, its text at the indent: one line
            space = True
        elif jump > _BREAK_GAP * size or (
            last_x is not None and any(last_x < cx < g.x and bot <= baseline <= top for cx, bot, top in columns)
        ):
            flush()  # the next cell of a table row
        raised = g.y - baseline > 0.15 * size and g.size < 0.9 * size and ch in _MARK_CHARS
        if raised and (not text or lead and len(lead) == len(text)):
            lead += ch  # the note's own number, opening a footnote line
            text.append(ch)
        elif raised and not space:
            start = len(text)
            if marks and marks[-1][1] == start:
                a, _, label = marks.pop()
                marks.append((a, start + 1, label + ch))
            else:
                marks.append((start, start + 1, ch))
            text.append(ch.translate(_SUPERSCRIPT))
        else:
            after_mark = bool(marks) and marks[-1][1] == len(text)
            if text and (space and not (after_mark and ch in ",.;:)»”") or lead and len(lead) == len(text)):
                text.append(" ")  # (PDFium sees a space where a raised mark comes back down: "brut¹ ,")
            text.append(ch)
        space = False
        if x0 is None:
            x0 = g.x
        x1 = g.x + 0.5 * g.size  # the origin of the last glyph and about half an em of its width
        last_x = g.x
    flush()
    return out


def read_pdf_document(path: Path, progress: PageProgress | None = None) -> tuple[str, list[Line]]:
    """The PDF's text (a line per line of the page, pages separated by form feeds) and its analysed lines."""
    from workbench.readers.pdflayout import layout_lines

    return layout_lines(read_pdf_lines(path, progress))
