"""`workbench inspect FILE`: what the reader made of a document, page by page, in one screen.

Every paragraph on one line: its kind in a fixed column, its text cut to the terminal's
width, and for what the reader set aside (page furniture, footnotes) the reason, dimmed.
Footnote marks the reader cut out of the body text are shown where they stood.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import typer
from rich.text import Text

from workbench.cli.common import JSON_HELP, console, emit_json
from workbench.cli.help import Command
from workbench.errors import InputError
from workbench.model import FOOTNOTE, Document, Paragraph, is_set_aside

KIND_WIDTH = 10
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_KIND_STYLE = {"heading": "bold", "list": "", "signature": "italic", "text": ""}  # other kinds: cyan


def one_line(text: str) -> str:
    return " ".join(text.split())


def cut(text: str, width: int) -> str:
    """`text` in at most `width` characters, ending in "…" when it had to be cut."""
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def pages(doc: Document) -> int:
    """How many pages the reader saw (0 when it does not know pages: .docx, .html, plain text)."""
    return max((p.page for p in doc.paragraphs), default=0)


def refs_label(par: Paragraph) -> str:
    """The footnote marks cut out of a paragraph, each after the word it followed: "[¹ after «78/214»]"."""
    if not par.refs:
        return ""
    parts = []
    for offset, label in par.refs:
        words = par.text[:offset].split()
        mark = label.translate(_SUPERSCRIPT)
        parts.append(f"{mark} after «{words[-1]}»" if words else f"{mark} at the start")
    return "[" + ", ".join(parts) + "]"


def summary(doc: Document, name: str) -> str:
    """The first line: file, language, pages, paragraphs by kind, what was set aside."""
    kinds = Counter(p.kind for p in doc.paragraphs)
    body = Counter({kind: n for kind, n in kinds.items() if not is_set_aside(kind)})
    by_kind = ", ".join(f"{n} {kind}" for kind, n in body.most_common())
    n_pages = pages(doc)
    where = f"{n_pages} page{'s' if n_pages != 1 else ''}" if n_pages else "pages unknown"
    n_body = sum(body.values())
    furniture = sum(n for kind, n in kinds.items() if is_set_aside(kind) and kind != FOOTNOTE)
    footnotes = kinds.get(FOOTNOTE, 0)
    return (
        f"{name} · {doc.lang} · {where} · {n_body} paragraph{'s' if n_body != 1 else ''} ({by_kind})"
        f" · set aside: {furniture} furniture line{'s' if furniture != 1 else ''},"
        f" {footnotes} footnote{'s' if footnotes != 1 else ''}"
    )


def render(doc: Document, name: str, width: int) -> list[Text]:
    """The report as styled lines: the summary, then one line per paragraph no wider than `width`
    (a page rule before each new page)."""
    width = max(width, 40)
    lines = [Text(summary(doc, name), style="bold")]  # never cut: the terminal wraps it
    number_width = len(str(max(len(doc.paragraphs) - 1, 0)))
    page = 0
    for index, par in enumerate(doc.paragraphs):
        if par.page and par.page != page:
            page = par.page
            head = f"── page {page} "
            lines.append(Text(head + "─" * max(0, width - len(head)), style="dim"))
        aside = is_set_aside(par.kind)
        prefix = f"{index:>{number_width}}  {par.kind:<{KIND_WIDTH}} "
        marks = refs_label(par)
        tail = (f"  ← {par.note or 'set aside'}" if aside else "") + (f"  {marks}" if marks else "")
        room = width - len(prefix) - len(tail)
        if room < 12:  # a narrow terminal: the text first, the reason cut
            tail = cut(tail, max(0, width - len(prefix) - 12))
            room = width - len(prefix) - len(tail)
        line = Text(no_wrap=True, overflow="ignore")
        if aside:
            line.append(prefix + cut(one_line(par.text), room) + tail, style="dim")
        else:
            line.append(f"{index:>{number_width}}  ", style="dim")
            line.append(f"{par.kind:<{KIND_WIDTH}} ", style=_KIND_STYLE.get(par.kind, "cyan"))
            line.append(cut(one_line(par.text), room))
            if tail:
                line.append(tail, style="magenta")
        lines.append(line)
    return lines


def as_json(doc: Document, name: str) -> dict[str, Any]:
    return {
        "file": name,
        "lang": doc.lang,
        "format": doc.format,
        "pages": pages(doc),
        "kinds": dict(Counter(p.kind for p in doc.paragraphs)),
        "paragraphs": [
            {
                "index": i,
                "page": p.page,
                "kind": p.kind,
                "note": p.note,
                "refs": [{"offset": offset, "label": label} for offset, label in p.refs],
                "text": p.text,
                "segments": [s.text for s in p.segments],
            }
            for i, p in enumerate(doc.paragraphs)
        ],
    }


def inspect(
    file: Path = typer.Argument(..., help="Document to look at (.txt, .docx, .html, .pdf).", dir_okay=False),
    lang: str = typer.Option("auto", "--lang", "-l", help="Language: fr, en or auto."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show what the reader made of a document: every paragraph with its kind and page, and what it set aside."""
    from workbench.cli.progress import read_with_progress
    from workbench.segment import segment_document

    if lang not in ("fr", "en", "auto"):
        raise typer.BadParameter(f"{lang!r} is not one of fr, en, auto", param_hint="--lang")
    if not file.exists():
        raise InputError(f"file not found: {file}")
    doc = segment_document(read_with_progress(file, None if lang == "auto" else lang))
    if json_out:
        emit_json(as_json(doc, str(file)))
        return
    for line in render(doc, str(file), console.width):
        console.print(line)


def register(app: typer.Typer) -> None:
    app.command("inspect", cls=Command)(inspect)
