"""Every format in the export registry writes a small real project that reads back the same.

One contract for all of them, as translate-toolkit tests each storage class: write the project
(accents, no-break spaces, `&`, `<`, quotes, a 1:2 link), read the file back with the reader that
matches it (ours for TMX, the csv module for TSV, translate-toolkit for XLIFF, openpyxl, the
document's XML...) and compare the pairs. A format added to `workbench.export.formats.FORMATS`
fails here until it has a reader below, or declares `round_trip=False` (its file holds no text).
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from workbench.export import REGISTRY, Format, export_project
from workbench.export.formats import Kind
from workbench.export.srx import load_rules
from workbench.model import Document, Link, LinkStatus, Paragraph, Role, Segment
from workbench.store import Store

NBSP = "\u00a0"
FRENCH = [
    [f"«{NBSP}Café & crème{NBSP}» coûte 3{NBSP}€ < 5{NBSP}€."],
    ["L'élève a répondu : \"c'est vrai\", à l'écrit."],
    [f"Le rapport fut publié hier{NBSP}; il compte 13{NBSP}400 pages."],
]
ENGLISH = [
    ['"Coffee & cream" costs €3 < €5.'],
    ["The pupil answered: “it's true”, in writing."],
    ["The report was published yesterday.", "It has 13,400 pages."],  # the 1:2 link
]
PAIRS = [(p[0], " ".join(e)) for p, e in zip(FRENCH, ENGLISH, strict=True)]


def _document(paragraphs: list[list[str]], lang: str, role: Role) -> Document:
    out: list[Paragraph] = []
    pos = 0
    for sentences in paragraphs:
        start, segments = pos, []
        for sentence in sentences:
            segments.append(Segment(sentence, lang, pos, pos + len(sentence)))
            pos += len(sentence) + 1
        text = " ".join(sentences)
        out.append(Paragraph(text, start, start + len(text), segments=segments))
        pos = start + len(text) + 2
    text = "\n\n".join(p.text for p in out)
    return Document(text=text, lang=lang, paragraphs=out, format="txt", role=role)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Store, int]:
    store = Store(tmp_path / "workbench.db")
    pid = store.create_project("contrat", "fr", "en").id
    assert pid is not None
    fr = store.add_document(pid, _document(FRENCH, "fr", Role.SOURCE))
    en = store.add_document(pid, _document(ENGLISH, "en", Role.TARGET))
    src, tgt = [s.id or 0 for s in fr.segments], [s.id or 0 for s in en.segments]
    links = [
        Link([src[0]], [tgt[0]], 0.9, status=LinkStatus.APPROVED),
        Link([src[1]], [tgt[1]], 0.8, status=LinkStatus.APPROVED),
        Link([src[2]], [tgt[2], tgt[3]], 0.7, status=LinkStatus.APPROVED),
    ]
    store.replace_links(pid, links)
    return store, pid


# -- one reader per format: the file's (French, English) pairs, or the English alone ---------------


def _tmx(path: Path) -> list[tuple[str, str]]:
    from workbench.export.tmx import TmxReader

    return [(u.source, u.target) for u in TmxReader().read(path).units]


def _tsv(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [(row[0], row[1]) for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _xlsx(path: Path) -> list[tuple[str, str]]:
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert sheet is not None
    return [(str(row[0]), str(row[1])) for row in sheet.iter_rows(min_row=2, values_only=True)]


def _xliff(path: Path) -> list[tuple[str, str]]:
    xliff = pytest.importorskip("translate.storage.xliff")
    store = xliff.xlifffile.parsefile(str(path))
    return [(str(u.source), str(u.target)) for u in store.units if u.istranslatable()]


def _document_text(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _bilingual_html(path: Path) -> list[tuple[str, str]]:
    import lxml.html

    root = lxml.html.fromstring(path.read_bytes())
    rows = [[td.text_content() for td in tr.findall("td")] for tr in root.iter("tr")]
    return [(r[1], r[2]) for r in rows if len(r) > 2]


def _bilingual_docx(path: Path) -> list[tuple[str, str]]:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    rows = [["".join(t.text or "" for t in tc.iter(f"{w}t")) for tc in tr.iter(f"{w}tc")] for tr in root.iter(f"{w}tr")]
    return [(r[1], r[2]) for r in rows[1:]]


def _omegat_project(path: Path) -> list[tuple[str, str]]:
    return _tmx(path / "tm" / "auto" / "contrat.tmx")


def _rules(path: Path) -> dict[str, list[tuple[bool, str, str]]]:
    """(break, before, after) per language, from an SRX 2.0 file or OmegaT's segmentation.conf."""
    tree = etree.parse(str(path))
    out: dict[str, list[tuple[bool, str, str]]] = {}
    if tree.getroot().tag == "java":  # OmegaT: java.beans.XMLEncoder objects
        for maprule in tree.iter("object"):
            if maprule.get("class") != "org.omegat.core.segmentation.MapRule":
                continue
            props = {v.get("property"): v for v in maprule.findall("void")}
            lang = "fr" if props["pattern"].findtext("string", "").startswith("FR") else "en"
            out[lang] = []
            for rule in props["rules"].iter("object"):
                if rule.get("class") == "org.omegat.core.segmentation.Rule":
                    fields = {v.get("property"): v for v in rule.findall("void")}
                    out[lang].append(
                        (
                            fields["breakRule"].findtext("boolean") == "true",
                            fields["beforebreak"].findtext("string") or "",
                            fields["afterbreak"].findtext("string") or "",
                        )
                    )
        return out
    ns = {"s": "http://www.lisa.org/srx20"}
    names = {m.get("languagerulename"): m.get("languagepattern", "") for m in tree.iterfind(".//s:languagemap", ns)}
    for langrule in tree.iterfind(".//s:languagerule", ns):
        pattern = names.get(langrule.get("languagerulename"), "")
        lang = "fr" if pattern.lower().startswith("fr") or "French" in langrule.get("languagerulename", "") else "en"
        out[lang] = [
            (
                rule.get("break") == "yes",
                rule.findtext("s:beforebreak", "", ns),
                rule.findtext("s:afterbreak", "", ns),
            )
            for rule in langrule.iterfind("s:rule", ns)
        ]
    return out


READERS: dict[str, Callable[[Path], list[tuple[str, str]] | list[str]]] = {
    "tmx": _tmx,
    "tsv": _tsv,
    "xlsx": _xlsx,
    "xliff": _xliff,
    "document": _document_text,
    "bilingual-html": _bilingual_html,
    "bilingual-docx": _bilingual_docx,
    "omegat-project": _omegat_project,
}


@pytest.mark.parametrize("spec", REGISTRY.values(), ids=list(REGISTRY))
def test_every_format_reads_back_what_it_wrote(spec: Format, project: tuple[Store, int], tmp_path: Path) -> None:
    store, pid = project
    assert spec.load_writer() is not None, f"{spec.name}: its writer {spec.writer} cannot be imported"
    if spec.reader:
        assert spec.load_reader() is not None, f"{spec.name}: its reader {spec.reader} cannot be imported"
    if not spec.round_trip:
        # Our segmentation rules, not the project's text: they read back as the rules we segment with.
        assert spec.kind is Kind.RULES, f"{spec.name}: only a rules format may skip the text round trip"
        written = export_project(store, pid, spec.name, tmp_path / "out")
        assert _rules(written) == {lang: list(rules) for lang, rules in load_rules(["fr", "en"]).items()}
        return
    assert spec.name in READERS, f"{spec.name} has no reader in this contract: add one, or declare round_trip=False"
    written = export_project(store, pid, spec.name, tmp_path / "out", status="all")
    assert written.exists()
    read = READERS[spec.name](written)
    if spec.name == "document":
        assert read == [english for _, english in PAIRS]
    else:
        assert read == PAIRS
    if spec.reader:  # ours too, where we have one (`workbench import` uses it)
        ours = spec.load_reader()().read(written)
        assert [(u.source, u.target) for u in ours.units] == PAIRS


def test_every_format_in_the_registry_is_named_once_with_its_own_extension() -> None:
    assert len({spec.extension for spec in REGISTRY.values()}) == len(REGISTRY)
    assert all(name == spec.name for name, spec in REGISTRY.items())
