"""Presegmented text: one segment per line, a blank line between paragraphs."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document, Paragraph, Role, Segment
from workbench.readers.langid import resolve_language
from workbench.readers.plaintext import read_text_file


def read_presegmented_file(path: str | Path, lang: str | None, role: Role) -> Document:
    text, encoding = read_text_file(path)
    code = resolve_language(lang, text)
    paragraphs: list[Paragraph] = []
    current: Paragraph | None = None
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(raw_line)
        line = raw_line.rstrip("\r\n")
        if not line.strip():
            current = None
            continue
        lead = len(line) - len(line.lstrip())
        start, end = line_start + lead, line_start + len(line.rstrip())
        clean = " ".join(line.split())
        if current is None:
            current = Paragraph(text="", start=start, end=end)
            paragraphs.append(current)
        index = len(paragraphs) - 1
        current.segments.append(Segment(clean, code, start, end, paragraph=index))
        current.text = (current.text + " " + clean).strip()
        current.end = end
    if not paragraphs:
        raise InputError(f"{path} holds no segments")
    return Document(
        text=text,
        lang=code,
        paragraphs=paragraphs,
        path=str(path),
        format="presegmented",
        encoding=encoding,
        role=role,
        meta={"presegmented": True},
    )
