"""Bilingual proofreading tables (French | English, one row per link, with status and confidence).

What translators hand to a reviser: every link of the project in order,
unaligned segments and excluded links included, so nothing is hidden.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import IO

from workbench.store import Store
from workbench.textjoin import join_segments
from workbench.triage import format_confidence, is_doubtful, project_threshold, status_label
from workbench.xmlsafe import clean_text


@dataclass
class Row:
    number: int
    french: str
    english: str
    status: str
    confidence: float | None
    kind: str
    doubtful: bool = False
    """Proposed and below the project's threshold, or unaligned (as the review page marks it)."""


def project_rows(store: Store, project_id: int, target_document: int | None = None) -> list[Row]:
    """One row per link to the target (the project's first target unless `target_document` names another)."""
    texts = {seg_id: seg.text for seg_id, (seg, _, _, _) in store.project_segments(project_id).items()}
    project = store.project(project_id)
    threshold = project_threshold(project)
    return [
        Row(
            n,
            clean_text(join_segments([texts.get(i, "") for i in link.src], project.src_lang))[0],
            clean_text(join_segments([texts.get(i, "") for i in link.tgt], project.tgt_lang))[0],
            status_label(link.status),
            link.score,
            link.kind,
            is_doubtful(link, threshold),
        )
        for n, link in enumerate(store.links(project_id, target_document), start=1)
    ]


def confidence_text(score: float | None) -> str:
    """`0.88`, as the review page and `--threshold` write it."""
    return format_confidence(score)


_CSS = """
body { font-family: sans-serif; margin: 2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: .4em .6em; vertical-align: top; text-align: left; }
th { background: #eee; }
td.n, td.c { white-space: nowrap; color: #444; }
tr.excluded td { color: #888; text-decoration: line-through; }
tr.low td.c { background: #fde2e1; }
""".strip()


def write_bilingual_html(rows: list[Row], stream: IO[bytes], title: str) -> None:
    esc = html.escape
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(title)} — French | English</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f"<h1>{esc(title)}</h1>",
        "<table>",
        '<thead><tr><th>#</th><th lang="fr">French</th><th>English</th><th>Status</th><th>Confidence</th></tr></thead>',
        "<tbody>",
    ]
    for r in rows:
        classes = [r.status.replace(" ", "-")]
        if r.doubtful:
            classes.append("low")
        lines.append(
            f'<tr class="{" ".join(classes)}"><td class="n">{r.number}</td>'
            f'<td lang="fr">{esc(r.french)}</td><td lang="en">{esc(r.english)}</td>'
            f'<td class="s">{esc(r.status)}</td><td class="c">{confidence_text(r.confidence)}</td></tr>'
        )
    lines += ["</tbody>", "</table>", "</body>", "</html>", ""]
    stream.write("\n".join(lines).encode("utf-8"))


def write_bilingual_docx(rows: list[Row], stream: IO[bytes], title: str) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(f"{title} — French | English", level=1)
    table = document.add_table(rows=1, cols=5)
    if "Table Grid" in {s.name for s in document.styles}:
        table.style = "Table Grid"
    # The text columns wide, "#", status and confidence narrow, as in the HTML table. Word reads the
    # widths from the cells, LibreOffice from the table grid: both are set, and autofit is off.
    widths = (Cm(1.0), Cm(10.9), Cm(10.9), Cm(2.3), Cm(1.6))
    table.autofit = False
    for cell, label in zip(table.rows[0].cells, ("#", "French", "English", "Status", "Confidence"), strict=True):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r in rows:
        cells = table.add_row().cells
        for cell, value in zip(
            cells, (str(r.number), r.french, r.english, r.status, confidence_text(r.confidence)), strict=True
        ):
            cell.text = value
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    document.core_properties.title = f"{title} — French | English"
    document.save(stream)
