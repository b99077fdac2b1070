"""XLSX for reviewers outside the workbench: one row per pair, a header row, frozen and filterable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from workbench.export.base import ExportMeta, ExportUnit, Writer


class XlsxWriter(Writer):
    extension = "xlsx"

    def write(self, units: Sequence[ExportUnit], stream: IO[bytes], meta: ExportMeta) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = (meta.project or "aligned")[:31].translate(str.maketrans("[]:*?/\\", "_______"))
        header = [meta.src_lang, meta.tgt_lang, "type", "confidence", "status", "note", "document", "id"]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="top")
        for row, unit in enumerate(units, start=2):
            values: list[str | float | None] = [
                unit.source,
                unit.target,
                unit.kind,
                unit.score,
                unit.status,
                unit.note,
                unit.doc,
                unit.tuid,
            ]
            for col, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=col)
                cell.value = value
                if isinstance(value, str):
                    # A sentence starting with "=" is text, never a formula (no CSV/XLSX injection).
                    cell.data_type = "s"
                cell.alignment = wrap
        sheet.column_dimensions["A"].width = 60
        sheet.column_dimensions["B"].width = 60
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        book.save(stream)
