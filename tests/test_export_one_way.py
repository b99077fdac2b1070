"""One way out: the review page's Download and `workbench export` write the same file, a project with
several targets included, and a download leaves nothing behind on disk."""

from __future__ import annotations

import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree
from starlette.testclient import TestClient

from workbench.cli import main
from workbench.export import REGISTRY, export_project_report
from workbench.model import Document, Link, LinkStatus, Paragraph, Role, Segment
from workbench.review.server import create_app, open_session
from workbench.store import Store
from workbench.targets import ADDED_TRANSLATION

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _doc(texts: list[str], lang: str, role: Role, added: bool = False) -> Document:
    segments, pos = [], 0
    for text in texts:
        segments.append(Segment(text, lang, pos, pos + len(text)))
        pos += len(text) + 1
    text = " ".join(texts)
    meta = {ADDED_TRANSLATION: True} if added else {}
    return Document(text, lang, [Paragraph(text, 0, len(text), segments=segments)], role=role, meta=meta)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Project `lettre`: French, its English, and an added German, every link approved."""
    store = Store.open_workspace(tmp_path / "ws")
    pid = store.create_project("lettre", "fr", "en").id
    assert pid is not None
    fr = store.add_document(pid, _doc(["Bonjour.", "Merci beaucoup."], "fr", Role.SOURCE))
    en = store.add_document(pid, _doc(["Hello.", "Thank you very much."], "en", Role.TARGET))
    de = store.add_document(pid, _doc(["Hallo.", "Vielen Dank."], "de", Role.TARGET, added=True))
    src = [s.id or 0 for s in fr.segments]
    for doc, target in ((en, None), (de, de.id)):
        pairs = zip(src, doc.segments, strict=True)
        links = [Link([s], [t.id or 0], 0.9, status=LinkStatus.APPROVED) for s, t in pairs]
        store.replace_links(pid, links, target_document=target)
    store.close()
    return tmp_path / "ws"


def _download(workspace: Path, fmt: str) -> tuple[str, bytes]:
    store = Store.open_workspace(workspace)
    try:
        session = open_session(store, "lettre")
        with TestClient(create_app(session), base_url="http://127.0.0.1:8000") as client:
            res = client.get(f"/api/export?format={fmt}&rows=all", headers={"X-Workbench-Token": session.token})
        assert res.status_code == 200, res.text
        assert res.headers["content-type"].split(";")[0] == REGISTRY[fmt].media_type_for(Path("x.bin"))
        name = res.headers["content-disposition"].split('filename="')[1].rstrip('"')
        return name, res.content
    finally:
        store.close()


def _tuvs(data: bytes) -> list[tuple[str | None, ...]]:
    return [tuple(t.get(XML_LANG) for t in tu.iter("tuv")) for tu in etree.fromstring(data).iter("tu")]


@pytest.mark.parametrize("fmt", ["tmx", "tsv"])
def test_the_page_and_the_command_line_export_a_multi_target_project_alike(
    workspace: Path, tmp_path: Path, fmt: str
) -> None:
    name, page = _download(workspace, fmt)
    out = tmp_path / "cli"
    assert main(["-w", str(workspace), "export", "lettre", "--format", fmt, "--status", "all", "-o", f"{out}/"]) == 0
    written = out / name
    assert written.is_file(), f"the CLI names the file {sorted(p.name for p in out.iterdir())}, the page {name}"
    if fmt == "tmx":
        # Several targets: one TMX with a tuv per language, from both.
        assert _tuvs(page) == _tuvs(written.read_bytes()) == [("fr-FR", "en-US", "de-DE")] * 2
    else:
        assert page == written.read_bytes()  # a TSV is one pair: the first target's, from both


def test_a_pair_of_an_added_target_is_named_after_its_language(workspace: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(workspace.parent)
    store = Store.open_workspace(workspace)
    pid = store.project("lettre").id
    assert pid is not None
    german = export_project_report(store, pid, "tmx", status="all", tgt_lang=None, target="de")
    first = export_project_report(store, pid, "tmx", status="all", multilingual=False)
    store.close()
    assert german.path.name.startswith("lettre.de-") and _tuvs(german.path.read_bytes()) == [("fr-FR", "de-DE")] * 2
    assert first.path == Path("aligned/lettre.en.tmx") and _tuvs(first.path.read_bytes()) == [("fr-FR", "en-US")] * 2


@pytest.mark.parametrize("fmt", ["tmx", "omegat-project"])
def test_a_download_leaves_no_folder_behind(workspace: Path, tmp_path: Path, monkeypatch, fmt: str) -> None:  # type: ignore[no-untyped-def]
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    name, data = _download(workspace, fmt)
    assert data
    assert list(scratch.iterdir()) == [], "the export's temporary folder is removed once the file is read"
    if fmt == "omegat-project":
        assert name == "lettre-omegat.zip"
        with zipfile.ZipFile(BytesIO(data)) as archive:
            assert "lettre-omegat/omegat.project" in archive.namelist()


def test_the_cli_and_the_page_offer_every_format_of_the_registry(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A format added to the registry needs no third list: `--help` and the Export menu read it.
    assert main(["export", "--help"]) == 0
    helptext = " ".join(capsys.readouterr().out.split())
    assert all(name in helptext for name in REGISTRY)
    store = Store.open_workspace(workspace)
    try:
        session = open_session(store, "lettre")
        with TestClient(create_app(session), base_url="http://127.0.0.1:8000") as client:
            page = client.get("/").text
    finally:
        store.close()
    menu = etree.fromstring(page.split('<select id="export-format">')[1].split("</select>")[0].join(["<s>", "</s>"]))
    offered = [(o.get("value"), o.text) for o in menu.iter("option")]
    assert offered == [(f.name, f.label) for f in REGISTRY.values() if f.on_page]
    assert {"tmx", "omegat-project", "bilingual-docx"} <= {value for value, _ in offered}
    assert all(label for _, label in offered), "every format on the page has a label a person reads"
