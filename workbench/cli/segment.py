"""`workbench segment FILE`: paragraphs and sentences of one document."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import typer

from workbench.cli.help import Command
from workbench.errors import InputError
from workbench.model import Document, is_set_aside

_ASCII_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def one_line(text: str) -> str:
    """A segment on one line: runs of ASCII whitespace (line breaks included) become one space.

    No-break spaces (before « : ; ! ? », in "13 400") are typography and stay, as in TMX and JSON.
    """
    return _ASCII_SPACES.sub(" ", text).strip(" ")


def format_lines(doc: Document, show_set_aside: bool = False) -> str:
    """One segment per line, a blank line between paragraphs (the gold format of ../shared/eval).

    Page furniture and footnotes are left out, as they are of alignment; `show_set_aside`
    prints them where they stand, each line tagged with its kind: "[furniture] A/79/287".
    """
    blocks = []
    for par in doc.paragraphs:
        if not par.segments:
            continue
        if is_set_aside(par.kind):
            if show_set_aside:
                blocks.append("\n".join(f"[{s.kind}] " + one_line(s.text) for s in par.segments))
            continue
        blocks.append("\n".join(one_line(s.text) for s in par.segments))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def format_jsonl(doc: Document) -> str:
    """Every segment, set-aside ones included, with its kind and the page its paragraph starts on."""
    rows = []
    for i, seg in enumerate(doc.all_segments):
        row = {
            "id": i,
            "paragraph": seg.paragraph,
            "page": doc.paragraphs[seg.paragraph].page if seg.paragraph < len(doc.paragraphs) else 0,
            "kind": seg.kind,
            "lang": seg.lang,
            "start": seg.start,
            "end": seg.end,
            "text": seg.text,
        }
        rows.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(rows) + ("\n" if rows else "")


def segment(
    file: Path = typer.Argument(
        ..., metavar="FILE", help="Document to segment (.txt, .docx, .html, .pdf).", dir_okay=False
    ),
    lang: str = typer.Option("auto", "--lang", "-l", help="Language: fr, en or auto."),
    fmt: str = typer.Option(
        "lines",
        "--format",
        "-f",
        help=(
            "lines: one segment per line, blank line between paragraphs (page furniture and footnotes left out);"
            " jsonl: one JSON object per segment, with its kind and page (set-aside segments included)."
        ),
    ),
    show_set_aside: bool = typer.Option(
        False,
        "--show-set-aside",
        help="With --format lines: also print page furniture and footnotes where they stand, as '[furniture] …'.",
    ),
    presegmented: bool = typer.Option(
        False, "--presegmented", help="The file already holds one segment per line (blank line between paragraphs)."
    ),
) -> None:
    """Rebuild paragraphs and split them into sentences."""
    from workbench.cli.progress import read_with_progress
    from workbench.readers import read_presegmented
    from workbench.segment import segment_document

    if lang not in ("fr", "en", "auto"):
        raise typer.BadParameter(f"{lang!r} is not one of fr, en, auto", param_hint="--lang")
    if fmt not in ("lines", "jsonl"):
        raise typer.BadParameter(f"{fmt!r} is not one of lines, jsonl", param_hint="--format")
    if not file.exists():
        raise InputError(f"file not found: {file}")
    code = None if lang == "auto" else lang
    doc = read_presegmented(file, code) if presegmented else read_with_progress(file, code)
    doc = segment_document(doc)
    sys.stdout.write(format_lines(doc, show_set_aside) if fmt == "lines" else format_jsonl(doc))


def register(app: typer.Typer) -> None:
    app.command("segment", cls=Command)(segment)
