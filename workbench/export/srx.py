"""SRX 2.0: our sentence-splitting rules in the form OmegaT, Trados and Okapi load.

A CAT tool only gives a 100% match when its own segments equal ours character
for character, so the rules that made our segments travel with the TMX.
The rules come from `workbench.segment.srx_rules(lang)` as
`(break?, before-regex, after-regex)` triples, already ordered: SRX applies
the first rule that matches at a position, so exceptions (no-break rules such
as "M." or "13 400") come before the break rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import IO, Any

from lxml import etree

from workbench.errors import InputError, StageMissingError
from workbench.export.base import xml_bytes

_JAVA_CLASS = re.compile(r"\\[pP]\{[A-Za-z_]+\}")
NS = "http://www.lisa.org/srx20"
Rule = tuple[bool, str, str]

LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def java_regex(pattern: str) -> str:
    """Python-only regex syntax rewritten for ICU/Java, which SRX tools use."""
    pattern = re.sub(r"\(\?P<(\w+)>", r"(?<\1>", pattern)
    return re.sub(r"\(\?P=(\w+)\)", r"\\k<\1>", pattern)


def load_rules(langs: Sequence[str]) -> dict[str, list[Rule]]:
    """Our segmentation rules per language, from the segmentation stage."""
    try:
        from workbench.segment import srx_rules
    except ImportError as exc:
        raise StageMissingError(
            "the segmentation stage does not provide its rules yet (workbench.segment.srx_rules); "
            "SRX export needs it (issue 4)"
        ) from exc
    out: dict[str, list[Rule]] = {}
    for lang in langs:
        rules = [(bool(b), str(before), str(after)) for b, before, after in srx_rules(lang)]
        for _, before, after in rules:
            for regex in (before, after):
                try:
                    # SRX regexes are Java's (ICU): Python's re lacks \p{..} classes, so check those as \w.
                    re.compile(_JAVA_CLASS.sub(r"\\w", regex))
                except re.error as exc:
                    raise InputError(f"segmentation rule {regex!r} for {lang!r} is not a valid regex: {exc}") from exc
        out[lang] = rules
    return out


def write_srx(rules: Mapping[str, Sequence[Rule]], stream: IO[bytes]) -> None:
    q = f"{{{NS}}}"
    root = etree.Element(q + "srx", version="2.0", nsmap={None: NS})
    header = etree.SubElement(root, q + "header", segmentsubflows="yes", cascade="no")
    for kind, include in (("start", "no"), ("end", "yes"), ("isolated", "no")):
        etree.SubElement(header, q + "formathandle", type=kind, include=include)
    body = etree.SubElement(root, q + "body")
    langrules = etree.SubElement(body, q + "languagerules")
    maprules = etree.SubElement(body, q + "maprules")
    for lang, lang_rules in rules.items():
        name = f"workbench {LANGUAGE_NAMES.get(lang, lang)}"
        holder = etree.SubElement(langrules, q + "languagerule", languagerulename=name)
        for do_break, before, after in lang_rules:
            rule = etree.SubElement(holder, q + "rule", {"break": "yes" if do_break else "no"})
            etree.SubElement(rule, q + "beforebreak").text = java_regex(before)
            etree.SubElement(rule, q + "afterbreak").text = java_regex(after)
        # Case-insensitive match on the primary subtag: fr, fr-FR, FR-CA...
        pattern = "".join(f"[{c.upper()}{c.lower()}]" for c in lang) + ".*"
        etree.SubElement(maprules, q + "languagemap", languagepattern=pattern, languagerulename=name)
    stream.write(xml_bytes(root))


def write_omegat_segmentation(rules: Mapping[str, Sequence[Rule]], stream: IO[bytes]) -> None:
    """The same rules as an OmegaT 3.x project file (`omegat/segmentation.conf`).

    OmegaT 3.6 (the Debian package) has no SRX import: it reads a project's own rules
    from this java.beans.XMLDecoder file instead. Rules are Java regexes there too.
    """
    root = etree.Element("java", {"version": "1.8.0", "class": "java.beans.XMLDecoder"})
    srx = etree.SubElement(root, "object", {"class": "org.omegat.core.segmentation.SRX", "id": "SRX0"})

    def prop(parent: Any, name: str, kind: str, value: str) -> None:
        holder = etree.SubElement(parent, "void", property=name)
        etree.SubElement(holder, kind).text = value

    mapping = etree.SubElement(srx, "void", property="mappingRules")
    for lang, lang_rules in rules.items():
        add = etree.SubElement(mapping, "void", method="add")
        maprule = etree.SubElement(add, "object", {"class": "org.omegat.core.segmentation.MapRule"})
        prop(maprule, "language", "string", f"workbench {LANGUAGE_NAMES.get(lang, lang)}")
        prop(maprule, "pattern", "string", lang.upper() + ".*")
        holder = etree.SubElement(maprule, "void", property="rules")
        rule_list = etree.SubElement(holder, "object", {"class": "java.util.ArrayList"})
        for do_break, before, after in lang_rules:
            rule_add = etree.SubElement(rule_list, "void", method="add")
            rule = etree.SubElement(rule_add, "object", {"class": "org.omegat.core.segmentation.Rule"})
            prop(rule, "afterbreak", "string", java_regex(after))
            prop(rule, "beforebreak", "string", java_regex(before))
            prop(rule, "breakRule", "boolean", "true" if do_break else "false")
    prop(srx, "segmentSubflows", "boolean", "true")
    prop(srx, "version", "string", "2.0")
    stream.write(xml_bytes(root))
