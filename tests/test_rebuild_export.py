"""After review, the translator exports the English document itself, and a bilingual table for the reviser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rebuild_fixtures import *  # noqa: F403 - copy_package_dir, copy_model
from rebuild_fixtures import aligned_project, docx_skeleton, make_docx, make_html

from workbench import actions
from workbench.cli import main
from workbench.errors import InputError
from workbench.export import export_project, export_project_report
from workbench.model import Role
from workbench.readers import read_document
from workbench.store import Store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open_workspace(tmp_path / "workspace") as db:
        yield db


def paragraphs(path: Path, lang: str = "en") -> list[str]:
    return [p.text for p in read_document(path, lang).paragraphs if p.kind != "furniture"]


def highlighted(path: Path) -> list[str]:
    """The text of the highlighted runs of a .docx, one string per paragraph that has any."""
    import docx

    out = []
    for paragraph in docx.Document(str(path)).paragraphs:
        text = "".join(r.text for r in paragraph.runs if r.font.highlight_color is not None)
        if text:
            out.append(text)
    return out


def test_approved_english_goes_back_into_the_word_file(store: Store, tmp_path: Path) -> None:
    source_file = make_docx(tmp_path / "rapport.docx")
    project_id, links = aligned_project(store, source_file)
    for link in links[:5]:
        actions.approve(store, project_id, link.id or 0)
    result = export_project_report(store, project_id, "document", tmp_path / "out")
    assert result.path == tmp_path / "out" / "rapport.en.docx"
    french = paragraphs(source_file, "fr")
    english = paragraphs(result.path)
    assert english[:3] == [p.upper() for p in french[:3]]  # the first five sentences were approved
    # Not approved, no draft: stays in French, highlighted so that it is seen, and the user is told.
    assert english[-1] == french[-1]
    assert french[-1] in highlighted(result.path)
    assert not any(p.upper() in highlighted(result.path) for p in french[:3])
    assert any("without English yet: left in French, highlighted" in n for n in result.notes)
    # Every link, approved or not, with --status all: the same structure, nothing left to highlight.
    everything = export_project(store, project_id, "document", tmp_path / "all.docx", status="all")
    assert docx_skeleton(everything) == docx_skeleton(source_file)
    assert paragraphs(everything) == [p.upper() for p in french]
    assert highlighted(everything) == []


def test_a_web_page_project_and_a_vanished_original(store: Store, tmp_path: Path) -> None:
    source_file = make_html(tmp_path / "communique.html")
    project_id, _ = aligned_project(store, source_file, "communique")
    out = export_project(store, project_id, "document", tmp_path / "communique.en.html", status="all")
    assert paragraphs(out) == [p.upper() for p in paragraphs(source_file, "fr")]
    assert "<script" not in out.read_text(encoding="utf-8")
    source_file.unlink()
    result = export_project_report(store, project_id, "document", tmp_path / "again.html", status="all")
    assert result.path == tmp_path / "again.txt"
    assert "communique.html is gone" in result.notes[0] and "again.txt" in result.notes[0]
    assert result.path.read_text(encoding="utf-8").split("\n\n")[0] == "COMMUNIQUÉ DE PRESSE"


def test_a_drafted_project_exports_its_post_edited_drafts(copy_model: Any, store: Store, tmp_path: Path) -> None:
    from workbench.pipeline import run

    source_file = make_docx(tmp_path / "rapport.docx")
    result = run(source_file, project="rapport", store=store, out=None)
    assert result.target_kind == "drafts"
    project_id = result.project.id
    target = store.documents(project_id, Role.TARGET)[0]
    assert target.meta.get("from_drafts")
    first = target.segments[1]
    actions.edit_text(store, project_id, [(first.id or 0, "Mr Dupont opens the meeting at 3.30 p.m.")])
    report = export_project_report(store, project_id, "document", tmp_path / "rapport.en.docx")
    french = paragraphs(source_file, "fr")
    expected = list(french)
    expected[1] = "Mr Dupont opens the meeting at 3.30 p.m. Le Comité adopte l’ordre du jour."
    assert paragraphs(report.path) == expected  # the copy model's drafts are the French, the edit is in
    assert docx_skeleton(report.path) == docx_skeleton(source_file)
    assert any("still machine drafts nobody has approved" in n for n in report.notes)

    html_table = export_project(store, project_id, "bilingual-html", tmp_path)
    page = html_table.read_text(encoding="utf-8")
    assert html_table.name == "rapport.bilingual.html"
    assert page.count("<tr class=") == len(store.links(project_id))
    assert "Mr Dupont opens the meeting" in page and ">edited<" in page and ">needs review<" in page
    word_table = export_project(store, project_id, "bilingual-docx", tmp_path)
    import docx

    table = docx.Document(str(word_table)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["#", "French", "English", "Status", "Confidence"]
    assert len(table.rows) == len(store.links(project_id)) + 1
    assert table.rows[2].cells[1].text == "M. Dupont ouvre la séance à 15 h 30."
    assert table.rows[2].cells[2].text == "Mr Dupont opens the meeting at 3.30 p.m."


def test_export_from_the_command_line(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source_file = make_docx(tmp_path / "rapport.docx")
    project_id, links = aligned_project(store, source_file)
    actions.approve(store, project_id, links[0].id or 0)
    store.close()
    workspace = ["--workspace", str(tmp_path / "workspace")]
    out = tmp_path / "rapport.en.docx"
    # By default the confident links' English (0.9, at or above the project's 0.5), as `run` exports them.
    assert main([*workspace, "export", "rapport", "--format", "document", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"wrote {out}" in captured.out and "left in French" not in captured.err
    assert paragraphs(out) == [p.upper() for p in paragraphs(source_file, "fr")]
    # Approved links only: one approved row, the rest French, highlighted and counted.
    assert main([*workspace, "export", "rapport", "--format", "document", "--status", "approved", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "without English yet: left in French, highlighted" in captured.err
    assert paragraphs(out)[0] == "RAPPORT DU COMITÉ"
    assert main([*workspace, "export", "rapport", "--format", "bilingual-html", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "rapport.bilingual.html").exists()
    assert main([*workspace, "export", "rapport", "--format", "document", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "PDF layout is out of scope" in capsys.readouterr().err


def test_projects_without_one_original_say_so(store: Store, tmp_path: Path) -> None:
    from workbench.export import import_file

    memory = tmp_path / "memoire.tsv"
    memory.write_text("Bonjour.\tHello.\nMerci.\tThank you.\n", encoding="utf-8")
    project = import_file(store, memory, "memoire")
    # An imported memory has one document per original; here one, written as text.
    out = export_project(store, project.id, "document", tmp_path / "memoire.en.txt", status="all")
    assert out.read_text(encoding="utf-8") == "Hello.\n\nThank you.\n"
    empty = store.create_project("vide", "fr", "en")
    with pytest.raises(InputError, match="no French document"):
        export_project(store, empty.id, "document", tmp_path)
