"""TMX 1.4b: the translation memory every CAT tool (OmegaT, Trados, memoQ, Okapi) imports.

Written with lxml (escaping done once, by the serialiser); read with
`workbench.xmlsafe`, which never expands entities, never touches the network and
keeps libxml2's size limits, so a hostile file cannot blow up memory or read
local files. Inline codes, dates and the DOCTYPE are shared with the translation
memory's streamed TMX (`workbench.memory.tmx`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from lxml import etree

from workbench.errors import InputError
from workbench.export.base import (
    TOOL_NAME,
    TOOL_VERSION,
    ExportMeta,
    ExportUnit,
    Reader,
    ReadResult,
    Writer,
    primary,
    xml_bytes,
)
from workbench.memory.tmx import DOCTYPE, XML_LANG, seg_text, tmx_date
from workbench.xmlsafe import safe_parse

__all__ = ["DOCTYPE", "XML_LANG", "TmxReader", "TmxWriter", "format_score", "safe_parse", "seg_text", "tmx_date"]

# Our props, all with the x- prefix Trados asks for on custom fields.
PROP_DOC = "x-doc"
PROP_TYPE = "x-link-type"
PROP_CONFIDENCE = "x-confidence"
PROP_STATUS = "x-status"


def format_score(score: float) -> str:
    return f"{score:.4f}"


class TmxWriter(Writer):
    extension = "tmx"

    def write(self, units: Sequence[ExportUnit], stream: IO[bytes], meta: ExportMeta) -> None:
        created = meta.created or tmx_date()
        changed = meta.changed or created
        root = etree.Element("tmx", version="1.4")
        header_attrs = {
            "creationtool": TOOL_NAME,
            "creationtoolversion": TOOL_VERSION,
            "segtype": "sentence",
            "o-tmf": TOOL_NAME,
            "adminlang": "en",
            "srclang": meta.src_lang,
            "datatype": "plaintext",
            "creationdate": created,
        }
        etree.SubElement(root, "header", header_attrs)
        body = etree.SubElement(root, "body")
        for unit in units:
            tu_attrs = {"creationdate": created, "changedate": changed}
            if unit.tuid:
                tu_attrs = {"tuid": unit.tuid, **tu_attrs}
            tu = etree.SubElement(body, "tu", tu_attrs)
            props = [(PROP_DOC, unit.doc), (PROP_TYPE, unit.kind), (PROP_STATUS, unit.status)]
            if unit.score is not None:
                props.append((PROP_CONFIDENCE, format_score(unit.score)))
            note = unit.note
            if unit.context:
                # OmegaT 3.6 takes a unit with context props as an alternative translation and
                # drops it when it carries any prop it cannot compare: ours go into the note.
                facts = "; ".join(f"{kind}={value}" for kind, value in props if value)
                note = f"{note} ({facts})" if note else facts
                props = sorted(unit.context.items())
            if note:
                etree.SubElement(tu, "note").text = note
            for kind, value in props:
                if value:
                    etree.SubElement(tu, "prop", type=kind).text = value
            # Source first: naive readers take the first tuv as the source.
            for lang, text in ((meta.src_lang, unit.source), (meta.tgt_lang, unit.target)):
                tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
                etree.SubElement(tuv, "seg").text = text
        stream.write(xml_bytes(root, DOCTYPE))


class TmxReader(Reader):
    def read(self, path: Path, src_lang: str | None = None, tgt_lang: str | None = None) -> ReadResult:
        root = safe_parse(path.read_bytes(), path.name)
        if root.tag != "tmx":
            raise InputError(f"{path.name} is not a TMX file (its root element is <{root.tag}>)")
        header = root.find("header")
        body = root.find("body")
        tus = body.findall("tu") if body is not None else []
        langs: list[str] = []
        for tuv in root.iter("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            if lang and lang not in langs:
                langs.append(lang)
        if not tus:
            raise InputError(f"{path.name} has no translation units (no <tu> in its <body>)")
        header_src = header.get("srclang") if header is not None else None
        src = src_lang or (header_src if header_src and header_src != "*all*" else (langs[0] if langs else ""))
        if not src:
            raise InputError(f"{path.name} has no translation units with a language (no <tuv xml:lang>)")
        if tgt_lang:
            tgt = tgt_lang
        else:
            others = [code for code in langs if primary(code) != primary(src)]
            if not others:
                raise InputError(f"{path.name} holds only {src!r} text: no target language to pair it with")
            tgt = others[0]
        # Report the codes as the file writes them (fr-FR rather than the fr asked for).
        src = next((c for c in langs if c.lower() == src.lower()), None) or next(
            (c for c in langs if primary(c) == primary(src)), src
        )
        tgt = next((c for c in langs if c.lower() == tgt.lower()), None) or next(
            (c for c in langs if primary(c) == primary(tgt)), tgt
        )
        units: list[ExportUnit] = []
        skipped = 0
        for tu in tus:
            texts: dict[str, str] = {}
            for tuv in tu.findall("tuv"):
                lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
                seg = tuv.find("seg")
                for side, code in (("src", src), ("tgt", tgt)):
                    if side not in texts and seg is not None and primary(lang) == primary(code):
                        texts[side] = seg_text(seg)
            if not texts.get("src", "").strip() or not texts.get("tgt", "").strip():
                skipped += 1
                continue
            props = {p.get("type"): (p.text or "") for p in tu.findall("prop")}
            notes = [n.text or "" for n in tu.findall("note")]
            score: float | None
            try:
                score = float(props[PROP_CONFIDENCE]) if props.get(PROP_CONFIDENCE) else None
            except ValueError:
                score = None
            units.append(
                ExportUnit(
                    source=texts["src"],
                    target=texts["tgt"],
                    status=props.get(PROP_STATUS, ""),
                    score=score,
                    kind=props.get(PROP_TYPE, "1:1"),
                    note="\n".join(n for n in notes if n),
                    doc=props.get(PROP_DOC, ""),
                    tuid=tu.get("tuid") or "",
                )
            )
        return ReadResult(units, src, tgt, skipped)
