"""The real OmegaT fills a French document from our project: acceptance for issue 20.

A translator runs workbench on a French document and its English version, exports the OmegaT
project, and lets OmegaT 3.6 translate it in console mode. Every 1:1 pair whose English is in
OmegaT's translated document is one the translator did not have to type again; the goal is
at least 95 % of them, for the .docx and for the pdftotext text of a letter and of a report
with numbered paragraphs (the dev documents in benchmarks/data/documents/). The pairs OmegaT
did not fill are printed by kind (`pytest -s`), and in the failure message.

Needs OmegaT (Debian package `omegat`, ~3 s a run); skips with a message without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO
from support.omegat import omegat_available, project_segments, translate_project
from support.omegat_check import check_fill

from workbench import Store
from workbench.cli import main
from workbench.export.omegat.files import filters_file, project_file
from workbench.export.omegat.project import project_rules
from workbench.export.omegat.view import document_view
from workbench.export.srx import write_omegat_segmentation
from workbench.model import Role
from workbench.pipeline import read_and_segment

DOCS = REPO / "benchmarks" / "data" / "documents"
GOAL = 0.95


@pytest.fixture(autouse=True)
def _needs_omegat() -> None:
    if not omegat_available():
        pytest.skip("OmegaT is not installed (apt-get install omegat); the real-client check is skipped")


@pytest.mark.parametrize("form", ["docx", "txt"])
@pytest.mark.parametrize("name", ["letter-water-summit", "report-statistics"])
def test_omegat_fills_the_french_document_from_the_exported_project(
    name: str, form: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fr, en = DOCS / name / f"{name}.fr.{form}", DOCS / name / f"{name}.en.{form}"
    assert (
        main(["run", str(fr), "--english", str(en), "--project", name, "--no-translate", "--out", str(tmp_path)]) == 0
    )
    folder = tmp_path / "omegat"
    assert main(["export", name, "--format", "omegat-project", "--status", "all", "--out", str(folder)]) == 0
    translate_project(folder)  # omegat --mode=console-translate
    store = Store.open_workspace()
    checked = check_fill(store, store.project(name).id, folder, translate=False)
    with capsys.disabled():
        print(f"\n{name}.fr.{form}: {checked.explain()}")
    assert checked.pairs >= 20
    assert checked.rate >= GOAL, checked.explain()
    if form == "docx":
        # The translated Word file reads as the English version, paragraph by paragraph: numbers
        # and tabs in place, footnote references kept, a 2:1 link in one English sentence.
        from workbench.readers.docx import read_docx_blocks

        assert read_docx_blocks(folder / "target" / fr.name) == read_docx_blocks(en)


def test_omegat_cuts_a_word_file_where_the_export_predicts(tmp_path: Path) -> None:
    """Tabs, a line break, bold and italic runs, a no-break hyphen, a field, double spaces."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    p = word.add_paragraph("Le rapport ")
    p.add_run("très important").bold = True
    p.add_run(" a été adopté. Il  contient deux  espaces.")
    p = word.add_paragraph("Première ligne.")
    p.runs[0].add_break()
    p.add_run("Deuxième ligne après un saut.")
    p = word.add_paragraph("Le bien")
    p.add_run()._r.append(OxmlElement("w:noBreakHyphen"))
    p.add_run("être des enfants est une priorité. Voir la page ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "3"), ("end", None)):
        run = p.add_run()
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text == "3":
            run.text = text
        else:
            code = OxmlElement("w:instrText")
            code.text = text
            run._r.append(code)
    p.add_run(" du document.")
    word.add_paragraph("a)\tUne entrée\tavec deux tabulations.")
    p = word.add_paragraph("Texte final en ")
    p.add_run("italique").italic = True
    p.add_run(". Et M. Dupont le lira.")
    source = tmp_path / "essai.fr.docx"
    word.save(str(source))

    rules = project_rules("fr", "en")
    document = read_and_segment(source, "fr", Role.SOURCE)
    for i, seg in enumerate(document.all_segments):
        seg.id = i  # as a stored document has them
    predicted = {cut.text for cut in document_view(document, rules["fr"]).cuts}
    project = tmp_path / "project"
    for sub in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (project / sub).mkdir(parents=True)
    (project / "omegat.project").write_text(project_file("fr-FR", "en-US"), encoding="utf-8")
    (project / "omegat" / "filters.xml").write_text(filters_file(), encoding="utf-8")
    with open(project / "omegat" / "segmentation.conf", "wb") as conf:
        write_omegat_segmentation(rules, conf)
    (project / "source" / source.name).write_bytes(source.read_bytes())
    assert set(project_segments(project)) == predicted
    assert "Le rapport <t0/>très important<t1/> a été adopté." in predicted
    assert {"a)", "Une entrée", "avec deux tabulations."} <= predicted
    assert "Il  contient deux  espaces." in predicted, "OmegaT keeps a Word file's double spaces"
