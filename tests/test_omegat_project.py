"""A translator exports a ready OmegaT project: `workbench export NAME --format omegat-project`.

The folder opens in OmegaT as it is, and its memory is written the way OmegaT will see each
segment: a numbered paragraph "1.<TAB>Le présent…" is two segments in a Word file, a footnote
reference is a tag, a 2:1 link is carried by its first segment. These checks need no OmegaT;
test_omegat_fill.py runs the real one.

The documents are the dev set in benchmarks/data/documents/ (a UN-style report with numbered
paragraphs and footnotes, as .docx and as pdftotext text).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO
from lxml import etree
from starlette.testclient import TestClient

from workbench import Store
from workbench.cli import main
from workbench.export import export_project
from workbench.export.tmx import XML_LANG
from workbench.pipeline import run

DOCS = REPO / "benchmarks" / "data" / "documents"
REPORT = DOCS / "report-statistics"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One workspace holding the report read from its .docx pair and from its pdftotext text."""
    ws = tmp_path_factory.mktemp("omegat-ws")
    store = Store.open_workspace(ws)
    for form in ("docx", "txt"):
        fr, en = REPORT / f"report-statistics.fr.{form}", REPORT / f"report-statistics.en.{form}"
        run(fr, english=en, project=f"report-{form}", out=None, translate=False, store=store)
    store.close()
    yield ws


def export(workspace: Path, *args: str) -> int:
    return main(["--workspace", str(workspace), "export", *args])


def units(folder: Path, name: str) -> list[tuple[str, str, dict[str, str]]]:
    """(French, English, props) of every unit in the project's tm/auto memory."""
    root = etree.parse(str(folder / "tm" / "auto" / f"{name}.tmx")).getroot()
    out = []
    for tu in root.iter("tu"):
        texts = {tuv.get(XML_LANG): tuv.findtext("seg") or "" for tuv in tu.findall("tuv")}
        props = {p.get("type"): p.text or "" for p in tu.findall("prop")}
        out.append((texts["fr-FR"], texts["en-US"], props))
    return out


def test_the_folder_opens_in_omegat_as_it_is(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "report"
    assert export(workspace, "report-docx", "--format", "omegat-project", "--status", "all", "--out", str(folder)) == 0
    project = (folder / "omegat.project").read_text(encoding="utf-8")
    assert "<source_lang>fr-FR</source_lang>" in project and "<target_lang>en-US</target_lang>" in project
    assert "LuceneFrenchTokenizer" in project and "<sentence_seg>true</sentence_seg>" in project
    # The original Word file, byte for byte: OmegaT writes the translated one beside it in target/.
    assert (folder / "source" / "report-statistics.fr.docx").read_bytes() == (
        REPORT / "report-statistics.fr.docx"
    ).read_bytes()
    assert (folder / "tm" / "auto" / "report-docx.tmx").is_file()
    assert "org.omegat.core.segmentation.SRX" in (folder / "omegat" / "segmentation.conf").read_text("utf-8")
    filters = (folder / "omegat" / "filters.xml").read_text(encoding="utf-8")
    assert 'name="breakOnBr" value="true"' in filters and 'name="segmentOn" value="BREAKS"' in filters
    for empty in ("target", "glossary", "dictionary"):
        assert (folder / empty).is_dir()


def test_language_codes_follow_the_options(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "gb"
    argv = ["report-docx", "-f", "omegat-project", "--status", "all", "-o", str(folder)]
    assert export(workspace, *argv, "--src-lang", "fr", "--tgt-lang", "en-GB") == 0
    project = (folder / "omegat.project").read_text(encoding="utf-8")
    assert "<source_lang>fr</source_lang>" in project and "<target_lang>en-GB</target_lang>" in project
    assert 'xml:lang="en-GB"' in (folder / "tm" / "auto" / "report-docx.tmx").read_text(encoding="utf-8")


def test_a_numbered_word_paragraph_is_two_segments_and_its_footnote_mark_a_tag(workspace: Path) -> None:
    store = Store.open_workspace(workspace)
    folder = export_project(store, store.project("report-docx").id, "omegat-project", workspace / "w", status="all")
    memory = units(folder, "report-docx")
    pairs = {fr: en for fr, en, _ in memory}
    # "1.<TAB>Le présent rapport…": OmegaT shows "1." and the sentence apart, and the footnote
    # reference after "78/214" as <t0/>; the English gets the same tag where its own reference is.
    first = next(fr for fr in pairs if fr.startswith("Le présent rapport"))
    assert "78/214<t0/> de l’Assemblée générale" in first
    assert pairs[first].startswith("The present report") and "78/214<t0/>" in pairs[first]
    assert not any(fr.startswith("1. ") for fr in pairs), "a unit with the label would never match"
    assert pairs["1."] == "1." and pairs["a)"] == "(a)"


def test_a_two_to_one_link_is_carried_by_its_first_segment(workspace: Path) -> None:
    store = Store.open_workspace(workspace)
    folder = export_project(store, store.project("report-docx").id, "omegat-project", workspace / "m", status="all")
    memory = units(folder, "report-docx")
    first = next(u for u in memory if u[0].startswith("Dans certains pays, plus d’un tiers"))
    second = next(u for u in memory if u[0].startswith("Ils rejoignent le secteur privé"))
    # The English of both French sentences fills the first; the second gets an empty translation,
    # each bound to the other (OmegaT's prev/next), so the same sentence elsewhere is not emptied.
    assert first[1].endswith("to join the private sector or international organizations.")
    assert first[2] == {"next": second[0]}
    assert second[1] == "" and second[2] == {"prev": first[0]}


def test_pdftotext_text_goes_in_a_paragraph_a_line(workspace: Path) -> None:
    store = Store.open_workspace(workspace)
    folder = export_project(store, store.project("report-txt").id, "omegat-project", workspace / "t", status="all")
    lines = (folder / "source" / "report-statistics.fr.txt").read_text(encoding="utf-8").splitlines()
    numbered = next(line for line in lines if line.startswith("1. Le présent rapport"))
    assert "Il couvre la période" in numbered, "the paragraph is whole on its line"
    assert not any(line.strip() == "A/80/75" for line in lines), "page headers are left out"
    assert any(line.startswith("Résolution 78/214") for line in lines), "footnotes stay, to be translated"
    french = {fr for fr, _, _ in units(folder, "report-txt")}
    assert any(fr.startswith("1. Le présent rapport est soumis") for fr in french)
    assert all(any(fr in line for line in lines) for fr in french)


def test_exporting_again_updates_the_memory_and_keeps_the_translators_work(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "project"
    assert export(workspace, "report-docx", "-f", "omegat-project", "--status", "all", "-o", str(folder)) == 0
    saved = folder / "omegat" / "project_save.tmx"
    saved.write_text("<tmx>the translator's work</tmx>", encoding="utf-8")
    (folder / "target" / "done.docx").write_bytes(b"translated")
    (folder / "tm" / "auto" / "report-docx.tmx").write_text("old", encoding="utf-8")
    assert export(workspace, "report-docx", "-f", "omegat-project", "--status", "all", "-o", str(folder)) == 0
    assert saved.read_text(encoding="utf-8") == "<tmx>the translator's work</tmx>"
    assert (folder / "target" / "done.docx").read_bytes() == b"translated"
    assert "<tmx" in (folder / "tm" / "auto" / "report-docx.tmx").read_text(encoding="utf-8")


def test_a_folder_holding_other_files_gets_the_project_inside_it(workspace: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert export(workspace, "report-docx", "-f", "omegat-project", "--status", "all", "-o", str(tmp_path)) == 0
    assert (tmp_path / "report-docx-omegat" / "omegat.project").is_file()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_bad_output_gives_one_line_and_exit_1(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "report.zip"
    a_file.write_bytes(b"not a folder")
    assert export(workspace, "report-docx", "-f", "omegat-project", "--status", "all", "-o", str(a_file)) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "is a file, not a folder" in err
    assert a_file.read_bytes() == b"not a folder"


def test_a_project_with_no_target_gives_one_line_and_exit_1(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lonely = tmp_path / "ws"
    source = REPO / "examples" / "lettre-fr.txt"
    assert main(["--workspace", str(lonely), "run", str(source), "--no-translate", "--project", "seul"]) == 0
    capsys.readouterr()
    assert export(lonely, "seul", "-f", "omegat-project", "--status", "all", "-o", str(tmp_path / "o")) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no target text" in err
    assert not (tmp_path / "o").exists()


def test_the_review_page_sends_the_project_as_a_zip(workspace: Path) -> None:
    from workbench.review.server import create_app, open_session

    store = Store.open_workspace(workspace)
    session = open_session(store, "report-docx")
    with TestClient(create_app(session), base_url="http://127.0.0.1:8765") as client:
        res = client.get("/api/export?format=omegat-project&unreviewed=1", headers={"X-Workbench-Token": session.token})
    assert res.status_code == 200, res.text
    assert res.headers["content-type"] == "application/zip"
    assert 'filename="report-docx-omegat.zip"' in res.headers["content-disposition"]
    names = zipfile.ZipFile(io.BytesIO(res.content)).namelist()
    assert "report-docx-omegat/omegat.project" in names
    assert "report-docx-omegat/source/report-statistics.fr.docx" in names
    assert "report-docx-omegat/tm/auto/report-docx.tmx" in names
    assert "report-docx-omegat/target/" in names


def test_an_html_page_gives_its_text_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fr = tmp_path / "page.fr.html"
    en = tmp_path / "page.en.html"
    fr.write_text(
        "<html><body><h1>Rapport annuel</h1><p>Le Fonds a été <b>créé</b> en 2019. Il finance "
        "des écoles.</p><p>Voir le <a href='x'>site</a>.</p></body></html>",
        encoding="utf-8",
    )
    en.write_text(
        "<html><body><h1>Annual report</h1><p>The Fund was <b>established</b> in 2019. It funds "
        "schools.</p><p>See the <a href='x'>website</a>.</p></body></html>",
        encoding="utf-8",
    )
    ws = tmp_path / "ws"
    assert main(["--workspace", str(ws), "run", str(fr), "-e", str(en), "--project", "page", "--no-translate"]) == 0
    capsys.readouterr()
    assert export(ws, "page", "-f", "omegat-project", "--status", "all", "-o", str(tmp_path / "o")) == 0
    assert "source/ holds its text" in capsys.readouterr().err
    lines = (tmp_path / "o" / "source" / "page.fr.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["Rapport annuel", "Le Fonds a été créé en 2019. Il finance des écoles.", "Voir le site."]
    pairs = {fr: en for fr, en, _ in units(tmp_path / "o", "page")}
    assert pairs["Le Fonds a été créé en 2019."] == "The Fund was established in 2019."
