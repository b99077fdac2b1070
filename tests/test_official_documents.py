"""A translator feeds official documents as PDFs, or as the text `pdftotext` makes of them, and gets the
paragraphs a person sees: page headers and footers set aside, footnotes apart with their marks taken
out of the text, numbered paragraphs whole, sentences whole over page and column breaks.

The documents are the dev set in benchmarks/data/documents/ (written for this project; each comes as
.docx, the .pdf LibreOffice made of it, and pdftotext's text of that PDF, with gold sentences).
"""

from __future__ import annotations

import resource
from pathlib import Path

import pytest
from conftest import REPO

from workbench.cli import main
from workbench.model import FOOTNOTE, FURNITURE, Document
from workbench.readers import read_document
from workbench.segment import segment_document

DOCS = REPO / "benchmarks" / "data" / "documents"


def read(name: str, lang: str, form: str) -> Document:
    return segment_document(read_document(DOCS / name / f"{name}.{lang}.{form}", lang))


def gold(name: str, lang: str) -> list[str]:
    lines = (DOCS / name / f"{name}.{lang}.gold.txt").read_text(encoding="utf-8").splitlines()
    return [" ".join(line.split()) for line in lines if line.strip()]


def sentences(doc: Document) -> list[str]:
    return [" ".join(s.text.split()) for s in doc.segments]


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_a_report_with_numbered_paragraphs_and_footnotes_reads_as_a_person_sees_it(form: str) -> None:
    doc = read("report-statistics", "fr", form)
    said = sentences(doc)
    # The numbered paragraph is whole, its number at the start, and the footnote mark glued to
    # "78/214" in the PDF ("78/2141" in its text) is out of the sentence.
    first = next(s for s in said if s.startswith("1. Le présent rapport"))
    assert "résolution 78/214 de l’Assemblée générale" in first
    assert not any("78/2141" in s or "¹" in s for s in said)
    # The notes are set aside, one paragraph each, and say which note they are.
    notes = [p for p in doc.paragraphs if p.kind == FOOTNOTE and p.note.startswith("footnote ")]
    assert any("Résolution 78/214" in p.text and p.note == "footnote 1" for p in notes)
    assert not any("22 décembre 2023" in s for s in said), "a footnote's text is not a sentence to align"
    # The document symbol at the top of each page is furniture, never a sentence.
    assert any(p.kind == FURNITURE for p in doc.paragraphs)
    assert not any(s.startswith("A/") and len(s) < 15 for s in said)


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_a_sentence_running_over_a_page_break_past_footer_notes_and_header_stays_whole(form: str) -> None:
    said = sentences(read("report-island-resilience", "fr", form))
    crossing = [s for s in gold("report-island-resilience", "fr") if s.startswith("Les procédures d’accès aux fonds")]
    assert crossing and crossing[0] in said


def test_a_two_column_page_reads_the_left_column_then_the_right_one_with_the_sentence_across_whole() -> None:
    said = sentences(read("newsletter-two-columns", "fr", "pdf"))
    assert "Ses recettes ont triplé en deux ans." in said


def test_a_ruled_table_gives_one_paragraph_per_cell() -> None:
    doc = read("financial-report-table", "fr", "pdf")
    paragraphs = [p.text for p in doc.paragraphs]
    assert "Taux d’exécution de 95 %." in paragraphs
    assert "1 187,4" in paragraphs


def test_line_end_hyphens_are_resolved_with_the_words_of_the_document() -> None:
    said = " ".join(sentences(read("circular-energy-renovation", "fr", "pdf")))
    assert "présentent des performances" in said, "a word the layout hyphenated is joined again"
    assert "pré-sentent" not in said
    statement = " ".join(sentences(read("statement-ostral-sea", "fr", "txt")))
    assert "Port-Lune pour signer" in statement, "a compound the document writes with its hyphen keeps it"


@pytest.mark.parametrize("form,floor", [("pdf", 0.97), ("txt", 0.9)])
def test_the_whole_dev_set_comes_out_as_its_gold_sentences(form: str, floor: float) -> None:
    """Exact sentences against the gold, both languages, every document (the benchmark's pairs need them)."""
    right = total_gold = total_ours = 0
    for folder in sorted(p for p in DOCS.iterdir() if p.is_dir()):
        for lang in ("fr", "en"):
            expected = gold(folder.name, lang)
            ours = sentences(read(folder.name, lang, form))
            pool = list(expected)
            for s in ours:
                if s in pool:
                    pool.remove(s)
                    right += 1
            total_gold += len(expected)
            total_ours += len(ours)
    f1 = 2 * right / (total_gold + total_ours)
    assert f1 >= floor, f"{form}: sentence F1 {f1:.3f} on the dev set"


def test_run_on_a_pdf_pair_exports_no_header_and_no_footnote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = DOCS / "report-statistics"
    out = tmp_path / "aligned"
    code = main(
        [
            "--workspace",
            str(tmp_path / "ws"),
            "run",
            str(folder / "report-statistics.fr.pdf"),
            "--english",
            str(folder / "report-statistics.en.pdf"),
            "--out",
            str(out),
            "--no-translate",
            "--threshold",
            "0",
        ]
    )
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "set aside" in said.out + said.err
    tmx = (out / "report-statistics.fr.tmx").read_text(encoding="utf-8")
    assert "1. The present report is submitted pursuant to General Assembly resolution 78/214" in tmx
    assert "E/CN.3/2025/9, par. 41" not in tmx, "a footnote is not a translation unit"
    assert ">A/80/" not in tmx, "the running header is not a translation unit"


def _long_pdf(pages: int) -> bytes:
    """A PDF of `pages` pages of text with a running header and a page number, built by hand."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for n in range(1, pages + 1):
        lines = [f"Paragraphe {n}.{k} : le texte de la page se poursuit sur toute sa largeur." for k in range(40)]
        body = " ".join(f"({line}) '" for line in lines)
        stream = f"BT /F1 10 Tf 72 800 Td (A/80/999) Tj ET BT /F1 11 Tf 72 760 Td 14 TL {body} ET "
        stream += f"BT /F1 10 Tf 300 40 Td ({n}) Tj ET"
        data = stream.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font)
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body_bytes in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body_bytes + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_500_page_pdf_reads_page_by_page_with_progress_and_bounded_memory(tmp_path: Path) -> None:
    pdf = tmp_path / "rapport-long.pdf"
    pdf.write_bytes(_long_pdf(500))
    seen: list[tuple[int, int]] = []
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc = read_document(pdf, "fr", progress=lambda done, total: seen.append((done, total)))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert seen[0] == (1, 500) and seen[-1] == (500, 500) and len(seen) == 500
    assert sum(p.kind == FURNITURE for p in doc.paragraphs) >= 2 * 500, "each page's header and number set aside"
    last = "Paragraphe 500.39 : le texte de la page se poursuit sur toute sa largeur."
    assert sentences(segment_document(doc))[-1] == last
    assert grown_mb < 400, f"reading 500 pages grew the process by {grown_mb:.0f} MB"


def test_the_english_document_rebuilt_from_a_pdf_keeps_headers_and_notes_in_place(tmp_path: Path) -> None:
    from workbench.pipeline import translate_document

    pdf = DOCS / "report-statistics" / "report-statistics.fr.pdf"
    out = tmp_path / "report.en.txt"
    translate_document(pdf, out, translate=lambda texts: [t.upper() for t in texts])
    blocks = out.read_text(encoding="utf-8").split("\n\n")
    header = blocks.index("A/80/75")
    assert blocks[header + 1] == "RENFORCEMENT DES CAPACITÉS STATISTIQUES NATIONALES", "the body is translated"
    note = next(i for i, b in enumerate(blocks) if b.startswith("1 Résolution 78/214"))
    assert blocks[note - 1].startswith("8. ENFIN"), "a footnote stays where it was, as it was"
