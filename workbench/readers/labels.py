"""Labels and bullets that `pdftotext` prints apart from the paragraphs they open.

A hanging indent comes out of `pdftotext` as the label alone on its line ("1.",
"a)", "2.1") followed by its text; several labels may even come out as a column
("IV.", "1.", "2.", … then the texts), and a list's bullets as a line (or lines)
of bullets before the items. Here the labels go back to the start of their
paragraphs and the bullets become item starts.
"""

from __future__ import annotations

import re

from workbench.model import FURNITURE
from workbench.readers.paragraphs import BULLETS, Line, ends_sentence

# A paragraph label alone on its line: "1.", "12.", "1°", "2.1", "a)", "(b)", "iv)", "IV.".
LABEL_ONLY = re.compile(
    r"^(?:\(?\d{1,3}(?:[.)]|°)|[1-9]\d?(?:\.\d{1,2})+\.?|\(?[a-zA-Z][.)]|\(?[ivxlc]{1,6}[.)]|\(?[IVXLC]{1,6}[.)])$"
)
# Bullets that pdftotext prints together on a line of their own, before the items they marked.
_BULLETS_ONLY = re.compile(rf"^(?:[{BULLETS}·]\s*)+$|^(?:[–—-]\s*)+$")
_MULTI_LEVEL = re.compile(r"^[1-9]\d?(?:\.\d{1,2})+\.?$")
_ROMAN_LABEL = re.compile(r"^[IVXLC]{1,6}$")
OPENING_QUOTE = '«“"‘'


def is_label(text: str) -> bool:
    """A label that may hang in the margin with its text at the indent: a number, a letter, a bullet."""
    return bool(LABEL_ONLY.match(text)) or len(text) == 1 and text in BULLETS + "–—-"


def mark_bullets(lines: list[Line]) -> None:
    """A line of bullets alone ("• • •", "– – – –"): set it aside, and start an item at each of the
    lines after it that follow an item's end (";", "."), as many as there were bullets."""
    i = 0
    while i < len(lines):
        run = []
        while i < len(lines) and not lines[i].kind and _BULLETS_ONLY.match(lines[i].text):
            run.append(lines[i])
            i += 1
        items = sum(len(ln.text.split()) for ln in run)
        if not run or items < 2 and run[0].text[0] in "–—-":
            i += 0 if run else 1
            continue  # a dash alone is a dash (an empty table cell), not a list
        for ln in run:
            ln.put_aside(FURNITURE, "list bullets printed apart from their items")
        prev: Line | None = None
        for nxt in lines[i:]:
            if items == 0 or nxt.kind:
                break
            if prev is None or prev.text.endswith((";", ".", ":", "!", "?")):
                nxt.starts = True
                items -= 1
            prev = nxt


def _label_kind(label: str) -> str:
    core = label.strip("().°")
    if core.isdigit():
        return "number"
    if _ROMAN_LABEL.match(core):
        return "roman"
    return "upper" if core.isupper() else "lower"


def _units(lines: list[Line], start: int, limit: int) -> list[int]:
    """Where the paragraphs after a column of labels start: after a line that ends a sentence or a
    clause, or after a short heading; at most `limit`, never past set-aside lines or another label."""
    units: list[int] = []
    for j in range(start, len(lines)):
        ln = lines[j]
        if ln.kind or LABEL_ONLY.match(ln.text) or ln.page != lines[start].page or len(units) > limit:
            break
        prev = lines[j - 1].text if j > start else ""
        opens = ln.text[:1].isupper() or ln.text[:1].isdigit() or ln.text[:1] in OPENING_QUOTE
        if (
            j == start
            or opens
            and (prev.endswith((".", ";", ":", "!", "?")) or not ends_sentence(prev) and len(prev) < 60)
        ):
            units.append(j)
    return units


def _place_label_column(lines: list[Line], run: list[int]) -> set[int]:
    """Give each label of a column printed apart ("IV.", "1.", "2."…) to the paragraph it opens.

    Headings' labels (Roman numerals, capitals) go to the next paragraphs in turn; a run of
    numbers or small letters goes to the paragraphs after the one that ends with a colon
    ("… les recommandations suivantes :"), else to the next ones. Returns the label lines used.
    """
    labels = [lines[i].text for i in run]
    units = _units(lines, run[-1] + 1, len(labels) + 3)
    groups: list[list[str]] = []
    for label in labels:
        if groups and _label_kind(groups[-1][0]) == _label_kind(label):
            groups[-1].append(label)
        else:
            groups.append([label])
    pairs: list[tuple[str, int]] = []
    if len(units) == len(labels):
        pairs = list(zip(labels, units, strict=True))
    else:
        cursor = 0
        for group in groups:
            at = cursor
            if _label_kind(group[0]) in ("number", "lower"):
                colon = next((k + 1 for k in range(cursor, len(units)) if lines[units[k]].text.endswith(":")), None)
                if colon is not None and colon + len(group) <= len(units):
                    at = colon
            if at + len(group) > len(units):
                return set()  # not enough paragraphs for these labels: leave them as they are
            pairs += list(zip(group, units[at : at + len(group)], strict=True))
            cursor = at + len(group)
    for label, unit in pairs:
        lines[unit].prefix = label
        lines[unit].starts = True
    return set(run)


def join_labels(lines: list[Line]) -> list[Line]:
    """A label alone on its line ("1.", "a)") and the body line after it become one line; a
    column of labels printed apart from their paragraphs is placed on them."""
    used: set[int] = set()
    i = 0
    while i < len(lines):
        run = []
        while (
            i < len(lines)
            and not lines[i].kind
            and LABEL_ONLY.match(lines[i].text)
            and not _MULTI_LEVEL.match(lines[i].text)  # a column of "58.3", "21.2" is a table's
        ):
            run.append(i)
            i += 1
        if len(run) >= 2:
            used |= _place_label_column(lines, run)
        i += 0 if run else 1
    lines = [ln for k, ln in enumerate(lines) if k not in used]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and not ln.kind
            and not nxt.kind
            and LABEL_ONLY.match(ln.text)
            and not LABEL_ONLY.match(nxt.text)
            and nxt.page == ln.page
            # "2.1" + "Chaque Partie désigne…", not the cells "22.9" + "Europe" of a table
            and (not _MULTI_LEVEL.match(ln.text) or nxt.text[:1].isupper() and len(nxt.text.split()) >= 8)
        ):
            out.append(
                Line(
                    start=ln.start,
                    end=nxt.end,
                    text=f"{ln.text} {nxt.text}",
                    indent=ln.indent,
                    gap=ln.gap,
                    page_break=ln.page_break,
                    page=ln.page,
                    marks=ln.marks + nxt.marks,
                )
            )
            i += 2
            continue
        if not ln.kind and LABEL_ONLY.match(ln.text):
            # The label's text comes after a footnote or a page's footer: the label opens it there.
            after = next((k for k in range(i + 1, len(lines)) if not lines[k].set_aside), None)
            if after is not None and after > i + 1 and not LABEL_ONLY.match(lines[after].text):
                lines[after].prefix, lines[after].starts = ln.text, True
                i += 1
                continue
        out.append(ln)
        i += 1
    return out
