"""A translator runs the example letter, then exports it without options: the same units `run`
wrote, said in one line; the English document of the unreviewed project is English wherever a
confident link exists, and what is still French is marked; the tables and the files read as a
reviser expects them."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from workbench import actions
from workbench.cli import main
from workbench.export import export_project, export_project_report
from workbench.model import Role
from workbench.pipeline import run
from workbench.store import Store
from workbench.triage import is_confident

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def units(tmx: Path) -> list[tuple[str, str]]:
    """(French, English) of every unit, in order."""
    out = []
    for tu in etree.parse(str(tmx)).iter("tu"):
        texts = {tuv.get(LANG, "")[:2]: "".join(tuv.find("seg").itertext()) for tuv in tu.iter("tuv")}
        out.append((texts["fr"], texts["en"]))
    return out


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The example letter run once with its English version: (workspace, the TMX `run` wrote)."""
    root = tmp_path_factory.mktemp("letter")
    result = run(
        EXAMPLES / "lettre-fr.txt",
        english=EXAMPLES / "letter-en.txt",
        project="lettre",
        out=root / "aligned",
        workspace=root / "ws",
        translate=False,
        threshold=0.6,
    )
    yield root / "ws", result.exports[0]


def test_a_plain_export_writes_the_units_run_wrote_and_says_where_they_came_from(
    letter: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, by_run = letter
    out = tmp_path / "again.tmx"
    assert main(["-w", str(workspace), "export", "lettre", "-o", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert units(out) == units(by_run) and len(units(out)) > 10
    # Nobody reviewed yet: every unit is a proposed link at or above the project's threshold (0.6).
    assert line == f"wrote {out} ({len(units(out))} pairs: {len(units(out))} proposed scoring at least 0.6)"
    # Approving rows changes where the units come from, not which ones go out; the old option name works.
    with Store.open_workspace(workspace) as store:
        pid = store.project("lettre").id
        confident = [lk for lk in store.links(pid) if is_confident(lk, 0.6)]
        actions.approve(store, pid, confident[0].id or 0)
        actions.approve(store, pid, confident[1].id or 0)
    assert main(["-w", str(workspace), "export", "lettre", "-o", str(out), "--min-confidence", "0.6"]) == 0
    assert f"2 approved or edited, {len(confident) - 2} proposed scoring at least 0.6" in capsys.readouterr().out
    assert units(out) == units(by_run)
    # Approved only, when that is what the translator wants.
    assert main(["-w", str(workspace), "export", "lettre", "-o", str(out), "--status", "approved"]) == 0
    assert "(2 pairs: 2 approved or edited)" in capsys.readouterr().out and len(units(out)) == 2


def test_the_english_document_of_an_unreviewed_project_is_english_where_links_are_confident(
    letter: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, _ = letter
    out = tmp_path / "letter.en.txt"
    assert main(["-w", str(workspace), "export", "lettre", "--format", "document", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    with Store.open_workspace(workspace) as store:
        pid = store.project("lettre").id
        segments = store.project_segments(pid)
        links = store.links(pid)
    confident = [lk for lk in links if lk.status.is_locked or is_confident(lk, 0.6)]
    assert len(confident) > 10
    for link in confident:
        for i in link.tgt:
            assert segments[i][0].text in text, f"the confident English {segments[i][0].text!r} is missing"
        for i in link.src:
            assert segments[i][0].text not in text, f"French {segments[i][0].text!r} left where English exists"
    # No drafts here: the French of the other links stays, marked, and the count is given.
    marked = " ".join(re.findall(r"\[\[FR: (.*?)\]\]", text))
    left = [segments[i][0].text for lk in links if lk not in confident for i in lk.src]
    assert all(french in marked for french in left)
    assert text.count("[[FR: ") <= len(left)
    if left:
        n = len(left)
        assert f"{n} segment{'s' if n > 1 else ''} without English yet: left in French, marked [[FR: …]]" in (
            capsys.readouterr().err
        )


def test_a_sentence_split_and_moved_in_review_is_still_followed_by_a_space(tmp_path: Path) -> None:
    from review_example import example_project

    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    budget = next(lk for lk in store.links(pid) if "13 400 000" in store.segments_by_id(lk.src)[lk.src[0]].text)
    sentence = store.segments_by_id(budget.src)[budget.src[0]]
    # "… francs suisses, " | "dont 2,5 millions …": the second half moves into the row below.
    actions.split_segment(store, pid, sentence.id or 0, sentence.text.index("dont"))
    actions.move_last_down(store, pid, budget.id or 0, "src")
    english = export_project(store, pid, "document", tmp_path / "letter.en.txt", status="all").read_text("utf-8")
    assert "voluntary contributions. Expenditure will be allocated" in english
    assert not re.search(r"[a-z.,;][A-Z]", english), "two sentences glued together"
    store.close()


def test_french_still_untranslated_is_highlighted_in_a_web_page(tmp_path: Path) -> None:
    from rebuild_fixtures import aligned_project, make_html

    store = Store.open_workspace(tmp_path / "ws")
    pid, links = aligned_project(store, make_html(tmp_path / "communique.html"), "communique")
    actions.approve(store, pid, links[0].id or 0)
    result = export_project_report(store, pid, "document", tmp_path / "c.en.html", status="approved")
    page = result.path.read_text(encoding="utf-8")
    french = store.segments_by_id(links[-1].src)[links[-1].src[0]].text
    assert f'<mark class="untranslated" lang="fr" title="not translated yet">{french}' in page
    assert "\ufdd0" not in page and "\ufdd1" not in page
    assert result.notes[-1].endswith("left in French, highlighted")
    store.close()


def test_joining_two_sentences_glues_a_closing_quote_back(tmp_path: Path) -> None:
    from support.sample import project_from_sentences

    from workbench.textjoin import join_pair

    store = Store.open_workspace(tmp_path / "ws")
    # The segmenter left the closing quotation marks as sentences of their own.
    project = project_from_sentences(
        store,
        "quote",
        [["Il rappelle « le principe de non-discrimination.", "»"]],
        [["He recalled “the principle of non-discrimination.", "”"]],
    )
    first_fr, first_en = store.links(project.id)[0].src[0], store.links(project.id)[0].tgt[0]
    actions.merge_segments(store, project.id, first_en)
    actions.merge_segments(store, project.id, first_fr)
    texts = store.segments_by_id([first_fr, first_en])
    assert texts[first_en].text == "He recalled “the principle of non-discrimination.”"
    assert texts[first_fr].text == "Il rappelle « le principe de non-discrimination.\u00a0»"
    assert join_pair("Vraiment", "?", "fr") == "Vraiment\u00a0?" and join_pair("Really", "?") == "Really?"
    assert join_pair("civil registration.", "Report of") == "civil registration. Report of"
    store.close()


def test_the_bilingual_word_table_has_wide_text_columns_and_confidence_as_on_the_page(tmp_path: Path) -> None:
    import docx
    from docx.shared import Cm
    from review_example import example_project

    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    path = export_project(store, pid, "bilingual-docx", tmp_path / "t.docx")
    table = docx.Document(str(path)).tables[0]
    grid = [col.width for col in table.columns]
    assert grid[1] == grid[2] and grid[1] > 6 * max(grid[0], grid[3], grid[4]) / 2
    assert grid[1] > Cm(10) and grid[0] < Cm(1.5)
    assert all(cell.width == grid[k] for row in table.rows for k, cell in enumerate(row.cells))
    score = store.links(pid)[0].score
    assert score is not None
    assert table.rows[1].cells[4].text == f"{score:.2f}"  # as the review page writes it, not "97 %"
    html = export_project(store, pid, "bilingual-html", tmp_path / "t.html").read_text(encoding="utf-8")
    assert f'<td class="c">{score:.2f}</td>' in html and " %<" not in html
    store.close()


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_exported_files_follow_the_umask(tmp_path: Path, mask: int) -> None:
    from review_example import example_project

    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    old = os.umask(mask)
    try:
        tmx = export_project(store, pid, "tmx", tmp_path / "x.tmx", status="all")
        document = export_project(store, pid, "document", tmp_path / "x.txt", status="all")
        omegat = export_project(store, pid, "omegat-project", tmp_path / "omegat", status="all")
    finally:
        os.umask(old)
        store.close()
    for path in (tmx, document):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path
    assert stat.S_IMODE(omegat.stat().st_mode) == 0o777 & ~mask
    assert all(stat.S_IMODE(p.stat().st_mode) == (0o777 if p.is_dir() else 0o666) & ~mask for p in omegat.rglob("*"))


def test_a_rerun_keeps_the_projects_threshold_and_review_uses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from starlette.testclient import TestClient

    from workbench.review.server import create_app, open_session

    kwargs = {"english": EXAMPLES / "letter-en.txt", "project": "lettre", "workspace": tmp_path / "ws"}
    first = run(EXAMPLES / "lettre-fr.txt", out=None, translate=False, threshold=0.8, **kwargs)  # type: ignore[arg-type]
    assert first.threshold == 0.8
    # Run again without --threshold: the project's 0.8 is kept, and the summary speaks of it.
    fr, en = str(EXAMPLES / "lettre-fr.txt"), str(EXAMPLES / "letter-en.txt")
    argv = ["-w", str(tmp_path / "ws"), "run", fr, "-e", en, "-p", "lettre", "--no-translate", "-o", str(tmp_path)]
    assert main(argv) == 0
    summary = " ".join(capsys.readouterr().out.split())
    again = run(EXAMPLES / "lettre-fr.txt", out=None, translate=False, **kwargs)  # type: ignore[arg-type]
    assert again.threshold == 0.8 and again.confident + again.doubtful == sum(again.links_by_kind.values())
    assert re.search(rf"confident\W+{again.confident} \(approved, or scoring at least 0\.8\)", summary)
    assert re.search(rf"doubtful\W+{again.doubtful} \(below 0\.8, or unaligned\)", summary)
    assert "need review" not in summary
    with Store.open_workspace(tmp_path / "ws") as store:
        session = open_session(store, "lettre", extra_hosts=("testserver",))
        state = TestClient(create_app(session)).get("/api/state", headers={"X-Workbench-Token": session.token})
        assert state.json()["project"]["threshold"] == 0.8
        assert state.json()["labels"]["rejected"] == "excluded"
        assert Role.SOURCE in {d.role for d in store.documents(store.project("lettre").id)}
