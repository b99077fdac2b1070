"""Tab-separated bitext, LF Aligner style: `fr<TAB>en<TAB>score<TAB>status<TAB>note`, UTF-8, no header.

Xbench, memoQ's TM import and corpus pipelines read the first two columns.
Tabs, newlines and backslashes inside a cell are written as `\\t`, `\\n`,
`\\r` and `\\\\`, so one line is always one pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from workbench.errors import InputError
from workbench.export.base import ExportMeta, ExportUnit, Reader, ReadResult, Writer
from workbench.export.tmx import format_score

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def escape_cell(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def unescape_cell(cell: str) -> str:
    out: list[str] = []
    chars = iter(cell)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        # An unknown escape (a Windows path, say) is kept as it was written.
        out.append(_UNESCAPES.get(nxt, "\\" + nxt))
    return "".join(out)


class TsvWriter(Writer):
    extension = "tsv"

    def __init__(self, *, bitext: bool = False) -> None:
        self.bitext = bitext
        """Only the two text columns: the plain bitext a corpus pipeline reads (`workbench batch`)."""

    def write(self, units: Sequence[ExportUnit], stream: IO[bytes], meta: ExportMeta) -> None:
        for unit in units:
            score = format_score(unit.score) if unit.score is not None else ""
            cells = (
                [unit.source, unit.target] if self.bitext else [unit.source, unit.target, score, unit.status, unit.note]
            )
            stream.write(("\t".join(escape_cell(c) for c in cells) + "\n").encode("utf-8"))


class TsvReader(Reader):
    def read(self, path: Path, src_lang: str | None = None, tgt_lang: str | None = None) -> ReadResult:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path.name} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
        units: list[ExportUnit] = []
        skipped = 0
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            cells = [unescape_cell(c) for c in line.split("\t")]
            if len(cells) < 2:
                raise InputError(f"{path.name} line {number}: expected at least two tab-separated columns")
            source, target = cells[0], cells[1]
            score: float | None = None
            if len(cells) > 2 and cells[2].strip():
                try:
                    score = float(cells[2])
                except ValueError:
                    if number == 1:  # a header row such as "fr  en  score  status"
                        continue
                    raise InputError(f"{path.name} line {number}: score {cells[2]!r} is not a number") from None
            if not source.strip() or not target.strip():
                skipped += 1
                continue
            status = cells[3].strip() if len(cells) > 3 else ""
            note = cells[4] if len(cells) > 4 else ""
            units.append(ExportUnit(source, target, status=status, score=score, note=note))
        return ReadResult(units, src_lang or "fr", tgt_lang or "en", skipped)
