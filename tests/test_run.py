"""A translator runs the main job on the bundled example and gets a project and a TMX."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, shared_path
from lxml import etree

from workbench import Role, Store, actions, run
from workbench.cli import main
from workbench.errors import InputError
from workbench.triage import is_confident

FR = EXAMPLES / "lettre-fr.txt"
EN = EXAMPLES / "letter-en.txt"


def tmx_units(tmx: Path) -> list[Any]:
    return list(etree.parse(str(tmx)).iter("tu"))


def test_run_on_the_bundled_example_aligns_and_exports_a_tmx(tmp_path: Path) -> None:
    result = run(FR, english=EN, project="example", out=tmp_path / "aligned", workspace=tmp_path / "ws")
    assert result.source_segments >= 15 and result.target_segments >= 15
    assert result.target_kind == "document"
    assert sum(result.links_by_kind.values()) >= 14
    assert result.links_by_kind.get("1:1", 0) >= 10
    # Every link is counted once in the summary, and the TMX holds exactly the ones it calls confident.
    assert result.confident + result.doubtful + result.marked == sum(result.links_by_kind.values())
    tmx = tmp_path / "aligned" / "example.tmx"
    assert result.exports == [tmx] and tmx.exists()
    text = tmx.read_text(encoding="utf-8")
    # A sentence a person can recognise, paired with its translation, with its « » kept.
    assert "Anatole Brissac" in text and "«" in text
    assert text.count("<tu ") == result.confident

    with Store.open_workspace(tmp_path / "ws") as store:
        project = store.project("example")
        docs = {d.role: d for d in store.documents(project.id)}
        assert docs[Role.SOURCE].path and docs[Role.SOURCE].path.endswith("lettre-fr.txt")
        links = store.links(project.id)
        by_src = {
            tuple(store.segments_by_id(lk.src)[i].text for i in lk.src): [
                store.segments_by_id(lk.tgt)[j].text for j in lk.tgt
            ]
            for lk in links
            if lk.src
        }
        key = next(k for k in by_src if any("Brissac" in s for s in k))
        assert any("Brissac" in t for t in by_src[key])


def test_tmx_from_run_passes_the_acceptance_checker(tmp_path: Path) -> None:
    checker = shared_path("eval", "check_tmx.py")
    run(FR, english=EN, project="ex", out=tmp_path, workspace=tmp_path / "ws")
    done = subprocess.run(
        [sys.executable, str(checker), str(tmp_path / "ex.tmx"), "--src", "fr", "--tgt", "en"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tmx_ok=1" in done.stdout


def test_running_twice_reuses_the_project_and_keeps_review_work(tmp_path: Path) -> None:
    first = run(FR, english=EN, project="twice", out=None, workspace=tmp_path / "ws")
    with Store.open_workspace(tmp_path / "ws") as store:
        link = store.links(first.project.id)[0]
        assert link.id is not None
        store.apply(first.project.id, "approve", {"links": {link.id: {"status": "approved"}}})
    second = run(FR, english=EN, project="twice", out=None, workspace=tmp_path / "ws")
    assert second.reused
    assert any("review work" in n for n in second.notes)
    with Store.open_workspace(tmp_path / "ws") as store:
        assert store.link(link.id).status.value == "approved"
        assert len(store.projects()) == 1


def test_the_summary_counts_as_confident_exactly_the_units_the_tmx_gets(tmp_path: Path) -> None:
    """A row a person made unaligned (1:0, 0:1) is decided, yet never a unit: it is not counted confident."""
    kwargs: dict[str, Any] = {"english": EN, "project": "rows", "workspace": tmp_path / "ws", "translate": False}
    first = run(FR, out=None, **kwargs)
    with Store.open_workspace(tmp_path / "ws") as store:
        row = next(lk for lk in store.links(first.project.id) if is_confident(lk, first.threshold))
        actions.insert_empty(store, first.project.id, row.id or 0, "tgt")  # a 1:0 row and a 0:1 row, both edited
    again = run(FR, out=tmp_path / "aligned", **kwargs)
    tmx = tmp_path / "aligned" / "rows.tmx"
    assert again.exports == [tmx]
    assert again.confident == len(tmx_units(tmx)) == first.confident - 1


def test_another_document_under_an_existing_name_is_refused(tmp_path: Path) -> None:
    run(FR, english=EN, project="letter", out=None, workspace=tmp_path / "ws")
    other = tmp_path / "autre.txt"
    other.write_text("Une tout autre lettre. Elle parle d’autre chose.\n", encoding="utf-8")
    with pytest.raises(InputError, match="already exists with other documents"):
        run(other, english=EN, project="letter", out=None, workspace=tmp_path / "ws")


def test_cli_run_prints_a_summary_and_the_review_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--workspace", str(tmp_path / "ws"), "run", str(FR), "--english", str(EN), "--out", str(tmp_path)])
    assert code == 0
    captured = capsys.readouterr()
    assert "French segments" in captured.out and "TMX" in captured.out
    assert "workbench" in captured.err and "review lettre-fr" in captured.err


def test_cli_run_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["-w", str(tmp_path / "ws"), "run", str(FR), "-e", str(EN), "-o", str(tmp_path), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["project"] == "lettre-fr" and data["links"] > 10 and data["exports"]


def test_run_without_english_or_model_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["-w", str(tmp_path / "ws"), "run", str(FR), "-o", str(tmp_path)])
    assert code == 0
    err = capsys.readouterr().err
    assert "workbench models install" in err
    assert "--english" in err


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff" * 100])
def test_unusable_input_is_one_clear_line(tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["-w", str(tmp_path / "ws"), "run", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("workbench:") and "Traceback" not in err and len(err.splitlines()) == 1
    with Store.open_workspace(tmp_path / "ws") as store:
        assert store.projects() == []


@pytest.fixture()
def copy_model_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deterministic test model (it returns its input) installed as fr→en, as a user would."""
    from support.testmodel import build_argosmodel

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    package = build_argosmodel(tmp_path / "translate-fr_en-copy.argosmodel", "copy")
    assert main(["models", "install", str(package)]) == 0


def test_run_without_english_pairs_each_sentence_with_its_draft(tmp_path: Path, copy_model_installed: None) -> None:
    result = run(FR, project="drafted", out=tmp_path / "aligned", workspace=tmp_path / "ws")
    assert result.target_kind == "drafts"
    assert result.drafted == result.source_segments == result.target_segments
    assert result.links_by_kind == {"1:1": result.source_segments}
    with Store.open_workspace(tmp_path / "ws") as store:
        project = store.project("drafted")
        links = store.links(project.id)
        assert all(lk.status.value == "needs_review" for lk in links)
        segs = store.segments_by_id([i for lk in links for i in lk.src + lk.tgt])
        # The copy model returns its input: each French sentence faces exactly itself, in order.
        assert [segs[lk.src[0]].text for lk in links] == [segs[lk.tgt[0]].text for lk in links]
        assert any("Brissac" in segs[lk.tgt[0]].text for lk in links)
    # Drafts wait for post-editing: none is exported as confident before review, and run says what to do.
    assert result.confident == 0 and result.marked == len(links)
    assert result.exports == [] and not (tmp_path / "aligned" / "drafted.tmx").exists()
    assert any("approve links in `workbench review drafted`" in note for note in result.notes)


def test_run_with_english_and_a_model_drafts_then_aligns_and_reuses_drafts(
    tmp_path: Path, copy_model_installed: None
) -> None:
    first = run(FR, english=EN, project="both", out=None, workspace=tmp_path / "ws")
    assert first.drafted == first.source_segments and first.target_kind == "document"
    assert first.links_by_kind.get("1:1", 0) >= 10
    with Store.open_workspace(tmp_path / "ws") as store:
        project = store.project("both")
        drafts = store.drafts(project.id)
        model_id = next(iter(drafts.values())).model
        sentence = "Un formulaire d’inscription est joint à la présente lettre."
        assert store.cached_translations(model_id, [sentence]) == {sentence: sentence}
    again = run(FR, english=EN, project="both", out=None, workspace=tmp_path / "ws")
    assert again.reused and again.drafted == first.drafted


def test_glossary_terms_are_enforced_in_drafts_and_copied_drafts_are_flagged(
    tmp_path: Path, copy_model_installed: None
) -> None:
    glossary = tmp_path / "termes.csv"
    glossary.write_text("source,target,options\nReprésentant permanent,Permanent Representative,\n", encoding="utf-8")
    assert main(["-w", str(tmp_path / "ws"), "glossary", "import", str(glossary)]) == 0
    result = run(FR, project="terms", out=None, workspace=tmp_path / "ws")
    with Store.open_workspace(tmp_path / "ws") as store:
        drafts = store.drafts(result.project.id)
        segments = store.segments_by_id(drafts)
    signature = next(d for sid, d in drafts.items() if segments[sid].text == "Représentant permanent")
    # The copy model returns French; the glossary's rendering replaced the term all the same.
    assert signature.text == "Permanent Representative"
    # A draft that is the French sentence again is caught before a person reads it.
    budget = next(d for sid, d in drafts.items() if "13 400 000" in segments[sid].text)
    assert any(flag.startswith("untranslated") for flag in budget.flags)


def test_the_review_page_shows_why_a_draft_was_flagged(tmp_path: Path, copy_model_installed: None) -> None:
    from workbench.review.rows import build_rows

    result = run(FR, project="qa", out=None, workspace=tmp_path / "ws")
    with Store.open_workspace(tmp_path / "ws") as store:
        rows = build_rows(store, result.project.id)
    budget = next(r for r in rows if "13 400 000" in r["src"][0]["text"])
    # The copy model hands the French back: the reviewer sees it flagged, with the reason on hover.
    untranslated = [f for f in budget["flags"] if f["code"] == "draft-untranslated"]
    assert untranslated and untranslated[0]["reason"].startswith("draft: ")
    assert len({f["code"] for f in budget["flags"]}) == len(budget["flags"])
