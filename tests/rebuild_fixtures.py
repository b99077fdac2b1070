"""Shared by the rebuild tests: the copy model, sample .docx and .html files, and structure fingerprints."""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workbench.model import Document, Link, Paragraph, Role, Segment
from workbench.pipeline import read_and_segment
from workbench.store import Store

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# What a rebuild may change inside a Word paragraph: the text-bearing children of runs.
TEXT_TAGS = {W + t for t in ("t", "tab", "ptab", "cr", "noBreakHyphen")}


@pytest.fixture(scope="session")
def copy_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A packages folder holding the deterministic copy model (it translates each sentence into itself)."""
    from support.testmodel import build_argosmodel

    from workbench.translate import install_package

    folder = tmp_path_factory.mktemp("argos-packages")
    built = build_argosmodel(tmp_path_factory.mktemp("models") / "translate-fr_en-copy.argosmodel", "copy")
    before = os.environ.get("ARGOS_PACKAGES_DIR")
    os.environ["ARGOS_PACKAGES_DIR"] = str(folder)
    try:
        install_package(built)
    finally:
        if before is None:
            del os.environ["ARGOS_PACKAGES_DIR"]
        else:
            os.environ["ARGOS_PACKAGES_DIR"] = before
    return folder


@pytest.fixture()
def copy_model(copy_package_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The copy model installed, as `workbench models install` leaves it; yields a Translator on it."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(copy_package_dir))
    from workbench.translate import Translator, find_model

    package = find_model("fr", "en")
    assert package is not None
    # The copy model's vocabulary is tiny (a few hundred pieces), so a long sentence takes more
    # decoding steps than with a real model: raise the limit so that none is cut short.
    yield Translator(package, beam=1, threads=1, max_decoding_length=1024)


def make_docx(path: Path) -> Path:
    """A French report with what Word users have: headings, styles, bold sentences, a sentence
    running over italic words, numbered items, a table with merged cells, a header and a footer."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Nations Unies — en-tête"
    d.sections[0].footer.paragraphs[0].text = "Pied de page"
    d.add_heading("Rapport du Comité", level=1)
    p = d.add_paragraph("M. Dupont ouvre la séance à 15 h 30. ")
    p.add_run("Le Comité adopte l’ordre du jour.").bold = True
    p = d.add_paragraph("Le ")
    p.add_run("Comité spécial").italic = True
    p.add_run(" examine le budget de 13 400 dollars. La séance continue.")
    d.add_paragraph("Examen des rapports.", style="List Number")
    d.add_paragraph("Questions diverses.", style="List Number")
    table = d.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Pays"
    table.cell(0, 1).text = "Contribution"
    table.cell(1, 0).text = "France"
    table.cell(1, 1).text = "Elle versera 2,5 millions d’euros."
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Total approuvé par l’Assemblée."
    merged.add_paragraph("Voir l’annexe II.")
    d.add_paragraph("")  # an empty paragraph stays where it is
    d.add_paragraph("« Nous devons agir ensemble », a déclaré Mme Varga.", style="Quote")
    d.add_paragraph("La séance est levée à 18 heures.")
    d.save(str(path))
    return path


HTML_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Communiqué</title>
<script>document.title = 'Ne pas traduire.';</script>
<style>p { color: #333 }</style></head>
<body onload="init()">
  <h1 class="titre">Communiqué de presse</h1>
  <p id="p1">Mme Varga est arrivée à Genève. Elle a dit&nbsp;: « Bonjour ! » puis est partie.</p>
  <p>Le <em>Comité spécial</em> examine le budget. <strong>La séance continue.</strong></p>
  <div>Un second bloc.
    <ul>
      <li onclick="steal()">Premier point.</li>
      <li><a href="javascript:alert(1)">Second</a> point.</li>
      <li><a href="https://example.org/rapport" title="Rapport">Le rapport complet</a> est en ligne.</li>
    </ul>
  </div>
  <table><tr><th>Pays</th><td lang="fr">France</td></tr></table>
  <p>Fait à Genève, le 5 janvier 2021.<br>L’Ambassadeur,</p>
</body>
</html>
"""


def make_html(path: Path) -> Path:
    path.write_text(HTML_PAGE, encoding="utf-8")
    return path


def docx_skeleton(path: Path) -> list[bytes]:
    """Every part of a .docx that holds structure, with run text and spell-check languages taken out."""
    import docx
    from lxml import etree

    d = docx.Document(str(path))
    parts = [d.element.body, *(s.header._element for s in d.sections), *(s.footer._element for s in d.sections)]
    out = []
    for part in parts:
        tree = copy.deepcopy(part)
        for el in list(tree.iter()):
            if el.tag in TEXT_TAGS or (el.tag == W + "br" and el.get(W + "type") in (None, "textWrapping")):
                el.getparent().remove(el)
            elif el.tag == W + "lang":
                el.attrib.clear()
        out.append(etree.tostring(tree))
    return out


def docx_styles(path: Path) -> list[tuple[str, bool]]:
    import docx

    d = docx.Document(str(path))
    return [
        (p.style.name if p.style else "", p._p.pPr is not None and p._p.pPr.numPr is not None) for p in d.paragraphs
    ]


def html_skeleton(path: Path) -> list[tuple[str, dict[str, str]]]:
    """Every element of the page with its attributes, minus what a translated page must not carry."""
    import lxml.html

    root = lxml.html.document_fromstring(path.read_bytes())
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag == "script":
            continue
        attrs = {
            k: v
            for k, v in el.attrib.items()
            if not k.startswith("on") and k != "lang" and not v.startswith("javascript:")
        }
        out.append((el.tag, attrs))
    return out


PDF_LETTER = [
    "Genève, le 14 mars 2024",
    "",
    "Lettre adressée au Directeur général par le Représentant permanent",
    "",
    "J’ai l’honneur de vous faire part de la décision de mon Gouvernement d’accueillir",
    "la troisième Conférence régionale sur la gestion durable des bassins fluviaux.",
    "M. Anatole Brissac, ministre de l’Environnement, présidera les travaux.",
    "",
    "La Conférence réunira environ 1 200 participants venus de 42 pays. Elle examinera",
    "notamment les conclusions du rapport publié en 2023.",
]


def letter_pdf(folder: Path) -> Path:
    """A one-page PDF with a real text layer (WinAnsi Helvetica), hard-wrapped like a printed letter."""

    def literal(s: str) -> bytes:
        raw = s.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT /F1 11 Tf 14 TL 72 760 Td"]
    for line in PDF_LETTER:
        ops.append(literal(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
    out += str(xref).encode() + b"\n%%EOF\n"
    path = folder / "lettre.pdf"
    path.write_bytes(out)
    return path


def english_version(source: Document) -> Document:
    """An "English" document with one sentence per French sentence (upper-cased French stands in)."""
    text, pars = "", []
    for p_idx, par in enumerate(source.paragraphs):
        start, segs = len(text), []
        for seg in par.segments:
            segs.append(Segment(seg.text.upper(), "en", len(text), len(text) + len(seg.text), p_idx))
            text += seg.text.upper() + " "
        text = text.rstrip(" ")
        pars.append(Paragraph(text[start:], start, len(text), par.kind, segs))
        text += "\n\n"
    return Document(text=text, lang="en", paragraphs=pars, format="txt", role=Role.TARGET)


def aligned_project(store: Store, source_file: Path, name: str = "rapport") -> tuple[int, list[Link]]:
    """A project with the French file and its English version, linked 1:1 (as the aligner proposes)."""
    project = store.create_project(name, "fr", "en")
    source = store.add_document(project.id, read_and_segment(source_file, "fr", Role.SOURCE))
    target = store.add_document(project.id, english_version(source))
    links = [Link([s.id or 0], [t.id or 0], 0.9) for s, t in zip(source.segments, target.segments, strict=True)]
    store.replace_links(project.id, links)
    return project.id, store.links(project.id)
