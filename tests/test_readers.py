"""A translator opens what they have: text from a PDF, Word, web pages, PDFs; bad files get a clear answer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES

from workbench.cli import main
from workbench.errors import InputError
from workbench.readers import base, read_document
from workbench.segment import segment_document


def test_utf8_with_bom_is_read_without_the_mark(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffLe Traité est signé. Il entre en vigueur.\n".encode())
    doc = segment_document(read_document(f, "fr"))
    assert [s.text for s in doc.segments] == ["Le Traité est signé.", "Il entre en vigueur."]


def test_a_windows_1252_file_is_read_and_reported(tmp_path: Path) -> None:
    f = tmp_path / "ancien.txt"
    f.write_bytes("L’été dernier, la délégation a signé l’accord « cadre ».\n".encode("cp1252"))
    doc = segment_document(read_document(f, "fr"))
    assert doc.encoding == "cp1252"
    assert "not UTF-8" in doc.meta["encoding_note"]
    assert doc.segments[0].text == "L’été dernier, la délégation a signé l’accord « cadre »."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  \n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(0x80, 0xA0)) * 40, "encoding"),
    ],
    ids=["empty", "blank", "binary", "unknown-encoding"],
)
def test_unusable_files_get_one_clear_line(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(f)
    assert main(["segment", str(f)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "MAX_BYTES", 1024)
    f = tmp_path / "huge.txt"
    f.write_text("Une phrase. " * 200, encoding="utf-8")
    with pytest.raises(InputError, match="limit"):
        read_document(f)


def test_missing_file_and_unsupported_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_document(tmp_path / "absent.txt")
    odt = tmp_path / "lettre.odt"
    odt.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InputError, match="not supported"):
        read_document(odt)


def test_word_document_paragraphs_and_headings(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Rapport du Comité", level=1)
    d.add_paragraph("M. Dupont ouvre la séance. Le Comité adopte l’ordre du jour.")
    d.add_paragraph("La séance est levée.")
    f = tmp_path / "rapport.docx"
    d.save(str(f))
    doc = segment_document(read_document(f))
    assert doc.format == "docx" and doc.lang == "fr"
    assert [[s.text for s in p.segments] for p in doc.paragraphs] == [
        ["Rapport du Comité"],
        ["M. Dupont ouvre la séance.", "Le Comité adopte l’ordre du jour."],
        ["La séance est levée."],
    ]
    assert doc.paragraphs[0].kind == "heading"
    assert all(doc.text[s.start : s.end] == s.text for s in doc.segments)


def test_a_broken_docx_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "cassé.docx"
    f.write_bytes(b"this is not a zip file at all")
    with pytest.raises(InputError, match="docx"):
        read_document(f)


def test_web_page_blocks_become_paragraphs_without_scripts(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>x</title><style>p { color: red }</style>"
        "<script>var s = 'Ne pas lire. Jamais.';</script></head><body>"
        "<h1>Communiqué</h1><p>Mme Varga est arrivée. Elle a dit&nbsp;: « Bonjour ! » puis est partie.</p>"
        "<div>Un <b>second</b> bloc.<ul><li>Premier point.</li><li>Second point.</li></ul></div>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = segment_document(read_document(f, "fr"))
    texts = [[s.text for s in p.segments] for p in doc.paragraphs]
    assert texts[0] == ["Communiqué"]
    assert texts[1] == ["Mme Varga est arrivée.", "Elle a dit\u00a0: « Bonjour ! » puis est partie."]
    assert ["Un second bloc."] in texts and ["Premier point."] in texts
    assert "Ne pas lire" not in doc.text and "color" not in doc.text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed to build a PDF")
def test_pdf_letter_is_rebuilt_into_sentences(tmp_path: Path) -> None:
    src = tmp_path / "lettre.txt"
    shutil.copy(EXAMPLES / "lettre-fr.txt", src)
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "lettre.pdf"
    if done.returncode != 0 or not pdf.exists():
        pytest.skip(f"soffice could not build a PDF here: {done.stderr.decode(errors='replace')[:200]}")
    doc = segment_document(read_document(pdf, "fr"))
    texts = [s.text for s in doc.segments]
    assert doc.format == "pdf"
    assert "M. Anatole Brissac, Ministre de l’environnement, présidera les travaux." in texts
    assert any(t.startswith("Les dépenses seront réparties") for t in texts)
    assert "(Signé) P. K. Ostrander" in texts
    assert texts[0] == "Genève, le 14 mars 2024"


def test_a_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "scan.pdf"
    f.write_bytes(b"%PDF-1.4\n%garbage that is not a pdf\n")
    with pytest.raises(InputError):
        read_document(f)
