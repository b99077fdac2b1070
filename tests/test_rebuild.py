"""A translator gets the English document back in the format they gave: text, Word, web page, PDF.

The strict check runs the real path (reader → segmenter → Argos/CTranslate2 → rebuild)
with the copy model, which translates every sentence into itself: the document that
comes out must hold exactly the reader's paragraphs, in an unchanged structure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, shared_path
from rebuild_fixtures import *  # noqa: F403 - copy_package_dir, copy_model
from rebuild_fixtures import docx_skeleton, docx_styles, html_skeleton, letter_pdf, make_docx, make_html

from workbench.errors import InputError
from workbench.pipeline import translate_document
from workbench.readers import read_document


def upper(texts: list[str]) -> list[str]:
    """A stand-in translation that visibly changes every sentence."""
    return [t.upper() for t in texts]


def reader_paragraphs(path: Path) -> list[str]:
    return [p.text for p in read_document(path, "fr").paragraphs if p.kind != "furniture"]


def text_output_paragraphs(path: Path) -> list[str]:
    """A .txt output holds one paragraph per block, a blank line between blocks, no hard wraps."""
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\n\n\n" not in text
    blocks = text[:-1].split("\n\n")
    assert all("\n" not in b for b in blocks)
    return blocks


def test_every_seed_and_the_example_come_back_paragraph_for_paragraph(copy_model: Any, tmp_path: Path) -> None:
    sources = [EXAMPLES / "lettre-fr.txt", *sorted(shared_path("seeds").glob("*.txt"))]
    for source in sources:
        # The installed model, as a user calls it (seed titles run to 370 characters: none may be cut).
        out = translate_document(source, tmp_path / f"{source.stem}.en.txt")
        assert out.format == "txt" and out.segments > 0
        assert text_output_paragraphs(out.path) == reader_paragraphs(source), source.name
        # Read back, the unwrapped text gives the same paragraphs again.
        assert reader_paragraphs(out.path) == reader_paragraphs(source), source.name


def test_a_word_document_keeps_its_structure_with_the_copy_model(copy_model: Any, tmp_path: Path) -> None:
    source = make_docx(tmp_path / "rapport.docx")
    out = translate_document(source, tmp_path / "rapport.en.docx", translator=copy_model)
    assert out.format == "docx" and out.paragraphs == len(reader_paragraphs(source)) == 13
    assert reader_paragraphs(out.path) == reader_paragraphs(source)
    assert docx_skeleton(out.path) == docx_skeleton(source)  # styles, numbering, runs, tables, header, footer
    assert docx_styles(out.path) == docx_styles(source)
    import docx

    runs = [(r.text, r.bold, r.italic) for p in docx.Document(str(out.path)).paragraphs for r in p.runs]
    # Sentences in runs of their own keep their runs (and bold) exactly...
    assert ("Le Comité adopte l’ordre du jour.", True, None) in runs
    # ...a sentence over an italic phrase goes whole into the paragraph's first run.
    assert ("Le Comité spécial examine le budget de 13 400 dollars. La séance continue.", None, None) in runs
    header = docx.Document(str(out.path)).sections[0].header.paragraphs[0].text
    assert header == "Nations Unies — en-tête"  # headers are not read, so they stay as they were


def test_a_word_document_gets_its_english_in_place(tmp_path: Path) -> None:
    import docx

    source = make_docx(tmp_path / "rapport.docx")
    out = translate_document(source, tmp_path / "en" / "rapport.docx", translate=upper)
    assert reader_paragraphs(out.path) == [p.upper() for p in reader_paragraphs(source)]
    assert docx_skeleton(out.path) == docx_skeleton(source)
    d = docx.Document(str(out.path))
    bold = [r.text for p in d.paragraphs for r in p.runs if r.bold]
    assert bold == ["LE COMITÉ ADOPTE L’ORDRE DU JOUR."]
    cell = d.tables[0].cell(2, 0)
    assert [p.text for p in cell.paragraphs] == ["TOTAL APPROUVÉ PAR L’ASSEMBLÉE.", "VOIR L’ANNEXE II."]
    assert d.core_properties.language == "en-US"
    assert "1 paragraph had formatting inside a sentence" in " ".join(out.notes)


def test_a_web_page_keeps_its_markup_and_loses_its_scripts(copy_model: Any, tmp_path: Path) -> None:
    source = make_html(tmp_path / "communique.html")
    out = translate_document(source, tmp_path / "communique.en.html", translator=copy_model)
    assert out.format == "html"
    assert reader_paragraphs(out.path) == reader_paragraphs(source)
    assert html_skeleton(out.path) == html_skeleton(source)
    page = out.path.read_text(encoding="utf-8")
    assert "<script" not in page and "onload" not in page and "onclick" not in page and "javascript:" not in page
    assert '<html lang="en">' in page and 'href="https://example.org/rapport"' in page
    assert "removed 1 script and 3 event-handler or script-link attributes" in " ".join(out.notes)


def test_a_web_page_gets_its_english_with_inline_markup_where_it_maps(tmp_path: Path) -> None:
    import lxml.html

    source = make_html(tmp_path / "communique.html")
    out = translate_document(source, tmp_path / "communique.en.html", translate=upper)
    assert reader_paragraphs(out.path) == [p.upper() for p in reader_paragraphs(source)]
    root = lxml.html.document_fromstring(out.path.read_bytes())
    assert root.get("lang") == "en" and root.find(".//td").get("lang") == "en"
    assert root.find(".//strong").text == "LA SÉANCE CONTINUE."  # a sentence in its own element stays there
    assert root.find(".//h1").get("class") == "titre"


def test_text_output_can_be_wrapped(tmp_path: Path) -> None:
    source = tmp_path / "lettre.txt"
    source.write_text((EXAMPLES / "lettre-fr.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = translate_document(source, tmp_path / "wrapped.txt", translate=upper, wrap=60)
    lines = out.path.read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in lines) <= 60
    unwrapped = [" ".join(b.split("\n")) for b in out.path.read_text(encoding="utf-8").strip().split("\n\n")]
    assert unwrapped == [p.upper() for p in reader_paragraphs(source)]
    with pytest.raises(InputError, match="too narrow"):
        translate_document(source, tmp_path / "narrow.txt", translate=upper, wrap=5)


def test_a_pdf_comes_out_as_text_or_word_never_as_pdf(tmp_path: Path) -> None:
    pdf = letter_pdf(tmp_path)
    expected = [p.upper() for p in reader_paragraphs(pdf)]
    as_text = translate_document(pdf, None, translate=upper)
    assert as_text.path == tmp_path / "lettre.en.txt"
    assert text_output_paragraphs(as_text.path) == expected
    as_word = translate_document(pdf, tmp_path / "lettre.en.docx", translate=upper)
    assert reader_paragraphs(as_word.path) == expected
    assert "layout is not rebuilt" in " ".join(as_word.notes)
    with pytest.raises(InputError, match="PDF layout is out of scope"):
        translate_document(pdf, tmp_path / "lettre.en.pdf", translate=upper)


def test_bad_word_files_get_a_clear_message(tmp_path: Path) -> None:
    import docx

    empty = tmp_path / "vide.docx"
    d = docx.Document()
    d.add_paragraph("   ")
    d.add_table(rows=1, cols=1)
    d.save(str(empty))
    with pytest.raises(InputError, match="holds no text"):
        translate_document(empty, tmp_path / "vide.en.docx", translate=upper)
    protected = tmp_path / "protégé.docx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)  # what Word writes when encrypting
    with pytest.raises(InputError, match="password-protected"):
        translate_document(protected, tmp_path / "p.en.docx", translate=upper)
    corrupt = tmp_path / "abîmé.docx"
    corrupt.write_bytes(make_docx(tmp_path / "ok.docx").read_bytes()[:3000])
    with pytest.raises(InputError, match="not a readable .docx"):
        translate_document(corrupt, tmp_path / "c.en.docx", translate=upper)
    with pytest.raises(InputError, match="needs an .html input"):
        translate_document(make_docx(tmp_path / "r.docx"), tmp_path / "r.html", translate=upper)
    source = make_docx(tmp_path / "same.docx")
    with pytest.raises(InputError, match="is the original file"):
        translate_document(source, source, translate=upper)


def test_translate_a_file_into_a_document_from_the_command_line(
    copy_model: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    report = make_docx(tmp_path / "rapport.docx")
    assert main(["translate", str(report), "--out", str(tmp_path / "english/")]) == 0
    out = tmp_path / "english" / "rapport.en.docx"
    assert "wrote" in capsys.readouterr().err and out.exists()
    assert reader_paragraphs(out) == reader_paragraphs(report)
    assert docx_skeleton(out) == docx_skeleton(report)
    page = make_html(tmp_path / "communique.html")
    assert main(["translate", str(page), "--out", str(tmp_path / "communique.en.html")]) == 0
    assert "removed 1 script and" in capsys.readouterr().err
    assert main(["translate", str(page), "--out", str(tmp_path / "communique.en.pdf")]) == 1
    assert "PDF layout is out of scope" in capsys.readouterr().err
    assert not (tmp_path / "communique.en.pdf").exists()
