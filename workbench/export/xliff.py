"""XLIFF 1.2: the bilingual file CAT tools (OmegaT, Trados, memoQ) open as a document to translate.

Review status maps onto XLIFF states: approved/edited links are
`approved="yes"` and `state="final"`, proposed ones `translated`, links
flagged for review `needs-review-translation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from lxml import etree

from workbench.export.base import TOOL_NAME, TOOL_VERSION, ExportMeta, ExportUnit, Writer, xml_bytes
from workbench.export.tmx import format_score

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

STATES = {
    "approved": "final",
    "edited": "final",
    "proposed": "translated",
    "needs_review": "needs-review-translation",
}


class XliffWriter(Writer):
    extension = "xlf"

    def write(self, units: Sequence[ExportUnit], stream: IO[bytes], meta: ExportMeta) -> None:
        q = f"{{{NS}}}"
        root = etree.Element(q + "xliff", version="1.2", nsmap={None: NS})
        file_el = etree.SubElement(
            root,
            q + "file",
            {
                "original": units[0].doc if units and units[0].doc else (meta.project or "aligned"),
                "source-language": meta.src_lang,
                "target-language": meta.tgt_lang,
                "datatype": "plaintext",
                "tool-id": TOOL_NAME,
            },
        )
        header = etree.SubElement(file_el, q + "header")
        etree.SubElement(
            header, q + "tool", {"tool-id": TOOL_NAME, "tool-name": TOOL_NAME, "tool-version": TOOL_VERSION}
        )
        body = etree.SubElement(file_el, q + "body")
        for number, unit in enumerate(units, 1):
            attrs = {"id": str(number), XML_SPACE: "preserve"}
            if unit.tuid:
                attrs["resname"] = unit.tuid
            if unit.status in ("approved", "edited"):
                attrs["approved"] = "yes"
            tu = etree.SubElement(body, q + "trans-unit", attrs)
            etree.SubElement(tu, q + "source").text = unit.source
            etree.SubElement(tu, q + "target", state=STATES.get(unit.status, "translated")).text = unit.target
            facts = [f"type {unit.kind}", f"status {unit.status}"]
            if unit.score is not None:
                facts.append(f"confidence {format_score(unit.score)}")
            etree.SubElement(tu, q + "note", {"from": TOOL_NAME}).text = "; ".join(facts)
            if unit.note:
                etree.SubElement(tu, q + "note", {"from": "reviewer"}).text = unit.note
        stream.write(xml_bytes(root))
