"""TMX 1.4b in and out of the memory, streamed: a memory of millions of units never sits whole in RAM.

Reading takes one language pair from files that name languages any way tools do (`fr`,
`fr-FR`, `FR-fr`, `fr_CA`, `fra`); inline codes (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`) and
sub-flows (`<sub>`) are left out of the text, `<hi>` keeps its words. The XML is read through
`workbench.xmlsafe`, which refuses entity declarations (XML bombs, external entities).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from workbench.errors import InputError
from workbench.memory.model import MemoryUnit
from workbench.memory.text import clean

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
PROP_ORIGIN = "x-origin"

# ISO 639-2 codes some tools write instead of the two-letter ones.
_THREE_LETTERS = {
    "fra": "fr", "fre": "fr", "eng": "en", "deu": "de", "ger": "de", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "rus": "ru", "ara": "ar", "zho": "zh", "chi": "zh",
}  # fmt: skip


def primary(code: str | None) -> str:
    """The language of a tag, however it is written: `FR-fr`, `fr_FR`, `fra` → `fr`."""
    base = (code or "").strip().replace("_", "-").split("-")[0].lower()
    return _THREE_LETTERS.get(base, base)


def seg_text(seg: Any) -> str:
    """Plain text of a <seg>: character data and <hi> text; inline codes (bpt, ph...) and <sub> dropped."""
    parts = [seg.text or ""]
    for child in seg:
        if child.tag == "hi":
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def tmx_date(iso: str | None = None) -> str:
    """`2026-01-05T12:00:00Z` (or now) as TMX wants it: `20260105T120000Z`, UTC."""
    stamp = None
    if iso:
        try:
            stamp = _dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            stamp = None
    if stamp is None:
        stamp = _dt.datetime.now(_dt.UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=_dt.UTC)
    return stamp.astimezone(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def iso_date(tmx: str | None) -> str:
    """A TMX date (`20260105T120000Z`) as ISO 8601; empty when absent or unreadable."""
    if not tmx:
        return ""
    try:
        return _dt.datetime.strptime(tmx.strip(), "%Y%m%dT%H%M%SZ").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return ""


@dataclass
class TmxReading:
    """What a streamed read found, filled in as the units go by."""

    units: int = 0
    skipped: int = 0
    """Translation units without text in both languages of the pair."""
    languages: Counter[str] = field(default_factory=Counter)
    """Every language code seen on a <tuv>, as written, with how many times."""
    src_code: str = ""
    tgt_code: str = ""

    def codes(self, lang: str) -> list[str]:
        return [code for code, _ in self.languages.most_common() if primary(code) == lang]


def read_units(
    path: Path, src_lang: str = "fr", tgt_lang: str = "en", reading: TmxReading | None = None
) -> Iterator[MemoryUnit]:
    """The `src_lang`→`tgt_lang` units of a TMX file, one at a time.

    `reading` counts units, skipped units and the language codes seen. Raises InputError for a
    file that is not XML, not TMX, or hostile; the caller decides what an empty result means.
    """
    from workbench.xmlsafe import iter_elements

    src, tgt = primary(src_lang), primary(tgt_lang)
    if src == tgt:
        raise InputError(f"the source and target languages are both {src!r}")
    seen = reading if reading is not None else TmxReading()

    def check_root(root: Any) -> None:
        if root.tag != "tmx":
            raise InputError(f"{path.name} is not a TMX file (its root element is <{root.tag}>)")

    for _, tu in iter_elements(path, "tu", on_root=check_root):
        texts: dict[str, str] = {}
        for tuv in tu.iterfind("tuv"):
            code = tuv.get(XML_LANG) or tuv.get("lang") or ""
            seen.languages[code] += 1
            lang = primary(code)
            seg = tuv.find("seg")
            if seg is None or lang not in (src, tgt) or lang in texts:
                continue
            text = clean(seg_text(seg))
            if text:
                texts[lang] = text
        if src not in texts or tgt not in texts:
            seen.skipped += 1
            continue
        seen.units += 1
        notes = [clean(n.text or "") for n in tu.iterfind("note")]
        yield MemoryUnit(
            source=texts[src],
            target=texts[tgt],
            src_lang=src,
            tgt_lang=tgt,
            note="\n".join(n for n in notes if n),
            changed=iso_date(tu.get("changedate") or tu.get("creationdate")),
        )
    seen.src_code = next(iter(seen.codes(src)), src)
    seen.tgt_code = next(iter(seen.codes(tgt)), tgt)


def write_units(
    stream: IO[bytes], units: Iterable[MemoryUnit], src_code: str = "fr-FR", tgt_code: str = "en-US"
) -> int:
    """Write units as TMX 1.4b, one <tu> at a time; returns how many."""
    from lxml import etree

    from workbench.version import __version__

    now = tmx_date()
    count = 0
    # The declaration with double quotes, as every tool reads it (lxml would write single ones).
    stream.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    with etree.xmlfile(stream, encoding="UTF-8") as xf:
        xf.write_doctype(DOCTYPE)
        with xf.element("tmx", version="1.4"):
            header = etree.Element(
                "header",
                {
                    "creationtool": "workbench",
                    "creationtoolversion": __version__,
                    "segtype": "sentence",
                    "o-tmf": "workbench",
                    "adminlang": "en",
                    "srclang": src_code,
                    "datatype": "plaintext",
                    "creationdate": now,
                },
            )
            xf.write(header, pretty_print=True)
            with xf.element("body"):
                for unit in units:
                    changed = tmx_date(unit.changed) if unit.changed else now
                    tu = etree.Element("tu", {"creationdate": changed, "changedate": changed})
                    if unit.note:
                        etree.SubElement(tu, "note").text = _xml_safe(unit.note)
                    if unit.origin:
                        etree.SubElement(tu, "prop", type=PROP_ORIGIN).text = _xml_safe(unit.origin)
                    for code, text in ((src_code, unit.source), (tgt_code, unit.target)):
                        tuv = etree.SubElement(tu, "tuv", {XML_LANG: code})
                        etree.SubElement(tuv, "seg").text = _xml_safe(text)
                    xf.write(tu, pretty_print=True)
                    count += 1
    return count


def _xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot carry (C0 controls, lone surrogates) are left out."""
    return "".join(
        c for c in text if c in "\t\n" or (c >= " " and not "\ud800" <= c <= "\udfff" and c not in "\ufffe\uffff")
    )
