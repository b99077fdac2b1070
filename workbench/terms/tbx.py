"""TBX basic (TBX 2 `termEntry` and TBX 3 `conceptEntry`), read with a parser that loads nothing external."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError
from workbench.terms.model import Term

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DNT_WORDS = {"dnt", "do not translate", "do-not-translate", "donottranslate", "non-translatable", "untranslatable"}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_tbx(data: bytes, path: Path) -> list[Term]:
    from lxml import etree

    # No DTD, no entity expansion, no network: a glossary file cannot pull anything in.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else "?"
        raise InputError(f"{path}, line {line}: not well-formed TBX/XML ({exc.msg})") from None
    entries = [el for el in root.iter() if _local(el.tag) in ("termEntry", "conceptEntry")]
    if not entries:
        raise InputError(f"{path}: no termEntry or conceptEntry elements; is this a TBX file?")
    terms: list[Term] = []
    for entry in entries:
        by_lang: dict[str, str] = {}
        dnt = False
        note = ""
        for el in entry.iter():
            name = _local(el.tag)
            text = (el.text or "").strip()
            if name == "langSet":
                lang = (el.get(_XML_LANG) or el.get("lang") or "").casefold()
                term_el = next((t for t in el.iter() if _local(t.tag) == "term"), None)
                if term_el is not None and (term_el.text or "").strip():
                    key = "fr" if lang.startswith("fr") else "en" if lang.startswith("en") else lang
                    by_lang.setdefault(key, " ".join(term_el.text.split()))
            elif name in ("termNote", "descrip", "note", "admin"):
                kind = (el.get("type") or "").casefold()
                if text.casefold() in _DNT_WORDS or (
                    kind in ("translatability", "dnt") and text.casefold() in {"no", "false", "0"}
                ):
                    dnt = True
                elif name in ("descrip", "note") and not note:
                    note = text
        line = entry.sourceline or 0
        if "fr" not in by_lang:
            raise InputError(f'{path}, line {line}: this entry has no French term (langSet xml:lang="fr")')
        if "en" not in by_lang and not dnt:
            if len(by_lang) == 1:
                dnt = True  # a French-only entry is a name to keep as is
            else:
                raise InputError(f'{path}, line {line}: this entry has no English term (langSet xml:lang="en")')
        target = by_lang.get("en", by_lang["fr"])
        terms.append(
            Term(source=by_lang["fr"], target=target, dnt=dnt or target == by_lang["fr"], note=note, line=line)
        )
    return terms
