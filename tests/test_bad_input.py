"""Bad input at every door: the CLI, the Python API, the review server and the importers.

Every case in the table below hands workbench something unusable (empty, binary, cut short, in
the wrong encoding, enormous, malformed, an XML bomb, a path that tries to leave its folder,
invisible Unicode). Each must be refused with one clear line (a 4xx JSON error on the server),
a non-zero exit, no traceback, and the workspace exactly as it was: a translator's review work
in the store is compared row by row before and after.
"""

from __future__ import annotations

import codecs
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hostile_files as hf
import pytest
from review_example import example_project
from starlette.testclient import TestClient

from workbench import actions
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.store import DB_NAME, Store

BIG = 300 * 1024 * 1024  # "hundreds of MB", as sparse files: no disk used
BASE = "http://127.0.0.1:8765"

# -- the workspace every case starts from ------------------------------------------------------


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example letter with some review work done: approved, edited and bookmarked rows."""
    folder = tmp_path_factory.mktemp("template")
    with Store.open_workspace(folder) as store:
        pid = example_project(store).id
        links = store.links(pid)
        actions.approve(store, pid, links[0].id or 0)
        actions.bookmark(store, pid, links[2].id or 0, True)
        seg = store.links(pid)[1].tgt[0]
        actions.edit_text(store, pid, [(seg, "Letter dated 14 March 2024, reviewed by hand")])
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder / DB_NAME


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read-only, so that a comparison shows any change at all."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


@pytest.fixture
def workspace(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = Path(os.environ["WORKBENCH_HOME"])
    folder.mkdir(parents=True)
    shutil.copy(template_db, folder / DB_NAME)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)  # the default export folder aligned/ would appear here
    before = snapshot(folder / DB_NAME)
    yield tmp_path
    assert snapshot(folder / DB_NAME) == before, "stored data changed"
    assert not (work / "aligned").exists() or not any((work / "aligned").iterdir()), "an export was written"


Data = bytes | str | Callable[[], bytes]
"""File contents, or a maker for contents that are costly to build (bombs are made when their case runs)."""


def write(folder: Path, name: str, data: Data) -> str:
    path = folder / name
    raw = data() if callable(data) else data
    path.write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)
    return str(path)


# -- the table -----------------------------------------------------------------------------------

Build = Callable[[Path], Any]


@dataclass(frozen=True)
class Case:
    id: str
    door: str  # cli | api | server
    build: Build
    """cli: tmp -> argv; api: tmp -> a call that must raise; server: tmp -> (method, url, request kwargs)."""
    expect: str
    """A fragment of the one-line message (lower case)."""
    status: int = 400


def cli(case_id: str, build: Build, expect: str) -> Case:
    return Case(case_id, "cli", build, expect)


def api(case_id: str, build: Build, expect: str) -> Case:
    return Case(case_id, "api", build, expect)


def server(case_id: str, status: int, build: Build, expect: str) -> Case:
    return Case(case_id, "server", build, expect, status)


def segment(name: str, data: Data) -> Build:
    return lambda tmp: ["segment", write(tmp, name, data)]


def run(name: str, data: Data) -> Build:
    return lambda tmp: ["run", write(tmp, name, data), "--no-translate"]


def imp(name: str, data: Data, *extra: str) -> Build:
    return lambda tmp: ["import", write(tmp, name, data), *extra]


def mem(name: str, data: Data, *extra: str) -> Build:
    return lambda tmp: ["memory", "import", write(tmp, name, data), *extra]


def enormous(name: str, head: bytes = b"") -> Callable[[Path], str]:
    return lambda tmp: str(hf.sparse(tmp / name, BIG, head))


def tmp_dir(tmp: Path) -> str:
    return str(tmp)


def letter(tmp: Path) -> str:
    return write(tmp, "lettre.txt", hf.LETTER)


def post(action: str, body: bytes | Any, headers: dict[str, str] | None = None) -> Build:
    def build(tmp: Path) -> tuple[str, str, dict[str, Any]]:
        kwargs: dict[str, Any] = {"content": body} if isinstance(body, bytes) else {"json": body}
        if headers is not None:
            kwargs["headers"] = headers
        return "POST", f"/api/actions/{action}", kwargs

    return build


def get(url: str, headers: dict[str, str] | None = None) -> Build:
    return lambda tmp: ("GET", url, {} if headers is None else {"headers": headers})


def api_read(name: str, data: Data) -> Build:
    def build(tmp: Path) -> Callable[[], object]:
        from workbench.readers import read_document

        path = write(tmp, name, data)
        return lambda: read_document(path)

    return build


def api_import(name: str, data: Data) -> Build:
    def build(tmp: Path) -> Callable[[], object]:
        from workbench.export import import_file

        path = write(tmp, name, data)
        return lambda: _with_store(lambda store: import_file(store, path))

    return build


def _with_store(call: Callable[[Store], object]) -> object:
    with Store.open_workspace() as store:
        return call(store)


def _first_link(store: Store) -> int:
    pid = store.project("lettre").id
    return store.links(pid)[0].id or 0


def _zip_with(name: str) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, "x")
    return buf.getvalue()


ZWSP, RLO, NBSP = "\u200b", "\u202e", "\u00a0"

CASES: list[Case] = [
    # --- readers, through `workbench segment` and `workbench run` ---
    cli("txt-empty", segment("vide.txt", b""), "empty"),
    cli("txt-blank-only", segment("blanc.txt", " \n\t\n" + NBSP * 3 + "\n"), "no text"),
    cli("txt-binary", segment("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4), "binary"),
    cli("txt-elf-binary", run("programme.txt", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 512), "binary"),
    cli("txt-bad-utf8-after-bom", segment("bom.txt", codecs.BOM_UTF8 + b"caf\xc3 \xff\xfe ok"), "byte-order mark"),
    cli(
        "txt-truncated-utf16", segment("utf16.txt", codecs.BOM_UTF16_LE + "Bonjour".encode("utf-16-le")[:-1]), "utf-16"
    ),
    cli("txt-undecodable", segment("bruit.txt", bytes(range(128, 160)) * 40), "encoding"),
    cli("txt-enormous", lambda tmp: ["segment", enormous("enorme.txt", b"Bonjour. ")(tmp)], "mb limit"),
    cli("run-enormous-english", lambda tmp: ["run", letter(tmp), "-e", enormous("big-en.txt")(tmp)], "mb limit"),
    cli("txt-missing", lambda tmp: ["run", str(tmp / "absent.txt")], "not found"),
    cli("txt-unsupported-format", segment("lettre.odt", b"PK\x03\x04 not really"), "not supported"),
    cli("docx-truncated", segment("lettre.docx", hf.docx_bytes()[:900]), "not a readable .docx"),
    cli("docx-plain-text", segment("lettre.docx", "Bonjour, je ne suis pas un zip."), "not a readable .docx"),
    cli("docx-zip-without-word", segment("vide.docx", lambda: _zip_with("hello.txt")), "not a readable"),
    cli(
        "docx-billion-laughs",
        segment("rire.docx", hf.docx_bytes(document_xml=hf.word_xml("&lol9;", hf.LAUGHS))),
        "entities",
    ),
    cli(
        "docx-external-entity",
        segment("xxe.docx", hf.docx_bytes(document_xml=hf.word_xml("&xxe;", hf.EXTERNAL.replace(b"tmx", b"d")))),
        "entities",
    ),
    cli("docx-zip-bomb", lambda tmp: ["segment", write(tmp, "bombe.docx", hf.docx_zip_bomb(150))], "zip bomb"),
    cli("docx-enormous", lambda tmp: ["segment", enormous("enorme.docx", b"PK\x03\x04")(tmp)], "mb limit"),
    cli("pdf-truncated", segment("lettre.pdf", hf.pdf_bytes(["Bonjour."])[:200]), "not a readable pdf"),
    cli("pdf-garbage", segment("bruit.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20), "not a readable pdf"),
    cli(
        "pdf-not-a-pdf",
        run("lettre.pdf", hf.LETTER),
        "holds plain text, not a pdf; if it is text copied from a pdf, give it a .txt name",
    ),
    cli("pdf-no-text-layer", segment("scan.pdf", hf.blank_pdf()), "no text layer"),
    cli("pdf-encrypted", segment("secret.pdf", hf.encrypted_pdf()), "encrypted"),
    cli(
        "pdf-inflation-bomb",
        segment("bombe.pdf", lambda: hf.pdf_bytes(["Bonjour."], inflate_extra=100_000_000)),
        "bomb",
    ),
    cli("pdf-enormous", lambda tmp: ["segment", enormous("enorme.pdf", b"%PDF-1.4\n")(tmp)], "mb limit"),
    cli(
        "html-only-script", segment("page.html", "<html><script>alert(1)</script><style>p{}</style></html>"), "no text"
    ),
    cli("html-binary", segment("page.html", b"\x00\x01\x02\x03" * 300), "binary"),
    cli("html-enormous", lambda tmp: ["segment", enormous("page.html", b"<html><body><p>")(tmp)], "mb limit"),
    cli("align-empty-target", lambda tmp: ["align", letter(tmp), write(tmp, "vide.txt", b"")], "empty"),
    cli(
        "align-presegmented-binary",
        lambda tmp: ["align", "--presegmented", letter(tmp), write(tmp, "b.txt", b"\x00\x01" * 300)],
        "binary",
    ),
    cli(
        "align-unknown-embedder",
        lambda tmp: ["align", letter(tmp), letter(tmp), "--force", "--embedder", "../../etc/passwd"],
        "embedder",
    ),
    cli(
        "batch-manifest-latin1",
        lambda tmp: ["batch", tmp_dir(tmp), "--pairs", write(tmp, "p.csv", "é,è\n".encode("latin-1"))],
        "utf-8",
    ),
    cli(
        "add-translation-binary",
        lambda tmp: ["add-translation", "lettre", write(tmp, "de.txt", b"\x00PK" * 200), "--lang", "de"],
        "binary",
    ),
    cli(
        "add-translation-bad-lang",
        lambda tmp: ["add-translation", "lettre", letter(tmp), "--lang", "../../x"],
        "language",
    ),
    cli(
        "add-translation-unknown-project",
        lambda tmp: ["add-translation", "nope", letter(tmp), "--lang", "de"],
        "no project",
    ),
    cli("translate-unknown-project", lambda tmp: ["translate", "../lettre"], "not found"),
    cli("model-not-a-zip", lambda tmp: ["models", "install", write(tmp, "m.argosmodel", "not a zip")], "zip"),
    cli(
        "model-zip-slip",
        lambda tmp: [
            "models",
            "install",
            write(tmp, "m.argosmodel", hf.zip_bytes(hf.argos_package(extra={"translate-fr_en-1_9/../../evil": b"x"}))),
        ],
        "unsafe path",
    ),
    cli(
        "model-hidden-folder",
        lambda tmp: ["models", "install", write(tmp, "m.argosmodel", hf.zip_bytes(hf.argos_package(top="..pkg")))],
        "unsafe",
    ),
    cli(
        "model-zip-bomb",
        lambda tmp: [
            "models",
            "install",
            write(tmp, "m.argosmodel", hf.declared_size(hf.zip_bytes(hf.argos_package()), 0xFFFFFFF0)),
        ],
        "would unzip to",
    ),
    # --- importers ---
    cli("tmx-empty", imp("vide.tmx", b""), "empty"),
    cli("tmx-truncated", imp("coupe.tmx", hf.GOOD_TMX[:-40]), "not well-formed"),
    cli("tmx-binary", imp("bruit.tmx", bytes(range(256)) * 8), "not well-formed"),
    cli(
        "tmx-billion-laughs", imp("rire.tmx", hf.tmx([("&lol9;", "x")], hf.LAUGHS.replace(b"lolz", b"tmx"))), "entities"
    ),
    cli("tmx-external-entity", imp("xxe.tmx", hf.tmx([("&xxe;", "x")], hf.EXTERNAL)), "entities"),
    cli(
        "tmx-utf16-entity",
        imp("rire16.tmx", hf.tmx([("&lol9;", "x")], hf.LAUGHS).decode().replace("UTF-8", "UTF-16").encode("utf-16")),
        "entities",
    ),
    cli("tmx-wrong-root", imp("page.tmx", b"<html><body>Bonjour</body></html>"), "not a tmx"),
    cli("tmx-one-language", imp("mono.tmx", hf.GOOD_TMX.replace(b"en-US", b"fr-FR")), "only"),
    cli("tmx-no-units", imp("vide.tmx", hf.tmx([])), "no translation units"),
    cli("tmx-enormous", lambda tmp: ["import", enormous("enorme.tmx", b"<?xml version='1.0'?><tmx>")(tmp)], "mb limit"),
    cli("xml-disguised-bomb", imp("memoire.xml", hf.tmx([("&lol9;", "x")], hf.LAUGHS)), "entities"),
    cli("tsv-latin1", imp("memoire.tsv", "Été\tSummer\n".encode("latin-1")), "not utf-8"),
    cli("tsv-one-column", imp("memoire.tsv", "Bonjour\nMerci\n"), "two tab-separated columns"),
    cli(
        "tsv-bad-score",
        imp("memoire.tsv", "fr\ten\tscore\nBonjour\tHello\t0.9\nMerci\tThanks\tbeaucoup\n"),
        "not a number",
    ),
    cli("tsv-empty", imp("vide.tsv", b""), "empty"),
    cli(
        "xliff-not-importable",
        imp("memoire.xlf", b'<?xml version="1.0"?><xliff version="1.2"/>'),
        "give a .tmx or .tsv",
    ),
    cli("xliff-bomb-not-parsed", imp("rire.xlf", hf.LAUGHS + b"<xliff>&lol9;</xliff>"), "give a .tmx or .tsv"),
    cli("import-existing-name", imp("lettre.tmx", hf.GOOD_TMX, "--project", "lettre"), "already exists"),
    # --- the translation memory: `workbench memory import` streams the file, and a bad one leaves it unchanged ---
    cli("memory-empty", mem("vide.tmx", b""), "empty"),
    cli("memory-not-xml", mem("bruit.tmx", bytes(range(256)) * 8), "not well-formed"),
    cli("memory-text-not-xml", mem("memoire.tmx", "Bonjour\tHello\nMerci\tThanks\n"), "not well-formed"),
    cli("memory-truncated-after-units", mem("coupe.tmx", hf.GOOD_TMX[:-40]), "not well-formed"),
    cli(
        "memory-billion-laughs",
        mem("rire.tmx", hf.tmx([("&lol9;", "x")], hf.LAUGHS.replace(b"lolz", b"tmx"))),
        "entities",
    ),
    cli("memory-external-entity", mem("xxe.tmx", hf.tmx([("&xxe;", "x")], hf.EXTERNAL)), "entities"),
    cli(
        "memory-utf16-entity",
        mem("rire16.tmx", hf.tmx([("&lol9;", "x")], hf.LAUGHS).decode().replace("UTF-8", "UTF-16").encode("utf-16")),
        "entities",
    ),
    cli("memory-undeclared-entity", mem("ref.tmx", hf.tmx([("&nbsp;Bonjour", "Hello")])), "entit"),
    cli("memory-wrong-root", mem("page.tmx", b"<html><body>Bonjour</body></html>"), "not a tmx"),
    cli(
        "memory-no-usable-pair",
        mem("de-it.tmx", hf.GOOD_TMX.replace(b"fr-FR", b"de-DE").replace(b"en-US", b"it-IT")),
        "no usable fr",
    ),
    cli("memory-french-only", mem("mono.tmx", hf.GOOD_TMX.replace(b"en-US", b"fr-CA")), "no usable fr"),
    cli("memory-no-units", mem("vide.tmx", hf.tmx([])), "no translation units"),
    cli("memory-same-languages", mem("m.tmx", hf.GOOD_TMX, "--tgt-lang", "fr-CA"), "both"),
    cli("memory-remove-a-project", lambda tmp: ["memory", "remove", "lettre"], "is a project"),
    cli("memory-remove-unknown", lambda tmp: ["memory", "remove", "jamais vu"], "no tmx named"),
    cli(
        "memory-export-unknown-name",
        lambda tmp: ["memory", "export", str(tmp / "m.tmx"), "--name", "jamais vu"],
        "nothing named",
    ),
    # --- project names and export paths ---
    cli(
        "name-traversal-run",
        lambda tmp: ["run", letter(tmp), "--project", "../../etc/cron.d/x"],
        "invalid project name",
    ),
    cli("name-traversal-import", imp("m.tmx", hf.GOOD_TMX, "--project", "..\\..\\x"), "invalid project name"),
    cli("name-hidden-file", imp("m.tmx", hf.GOOD_TMX, "--project", ".bashrc"), "invalid project name"),
    cli("name-nul-byte", imp("m.tmx", hf.GOOD_TMX, "--project", "a\0b"), "invalid project name"),
    cli("name-zero-width", imp("m.tmx", hf.GOOD_TMX, "--project", "lettre" + ZWSP), "invisible"),
    cli("name-rtl-override", imp("m.tmx", hf.GOOD_TMX, "--project", "facture" + RLO + "xmt.exe"), "invisible"),
    cli("name-undecodable-bytes", imp("m.tmx", hf.GOOD_TMX, "--project", "caf\udce9"), "undecodable"),
    cli("name-too-long", imp("m.tmx", hf.GOOD_TMX, "--project", "é" * 500), "at most 120"),
    cli("name-blank-nbsp", imp("m.tmx", hf.GOOD_TMX, "--project", NBSP + " " + NBSP), "cannot be empty"),
    cli("batch-name-traversal", lambda tmp: ["batch", str(tmp), "--name", "../evil"], "invalid project name"),
    cli("export-unknown-project", lambda tmp: ["export", "../lettre"], "no project"),
    cli("export-unknown-format", lambda tmp: ["export", "lettre", "--format", "../../docx"], "unknown export format"),
    cli(
        "export-into-a-file", lambda tmp: ["export", "lettre", "--out", write(tmp, "f", "x") + "/x.tmx"], "cannot write"
    ),
    cli("export-bad-language", lambda tmp: ["export", "lettre", "--src-lang", "fr_FR"], "uses '_'"),
    cli("review-unknown-project", lambda tmp: ["review", "nope", "--no-browser"], "no project"),
    cli("delete-unknown-project", lambda tmp: ["projects", "delete", "lettre" + ZWSP, "--yes"], "no project"),
    # --- the Python API ---
    api("api-read-binary", api_read("x.txt", b"\x00" * 64 + b"abc"), "binary"),
    api("api-read-truncated-docx", api_read("x.docx", hf.docx_bytes()[:500]), "not a readable .docx"),
    api(
        "api-import-bomb",
        api_import("rire.tmx", hf.tmx([("&lol9;", "x")], hf.LAUGHS.replace(b"lolz", b"tmx"))),
        "entities",
    ),
    api("api-create-traversal", lambda tmp: lambda: _with_store(lambda s: s.create_project("../x")), "invalid project"),
    api("api-unknown-link", lambda tmp: lambda: _with_store(lambda s: actions.approve(s, 1, 10**9)), "no row"),
    api(
        "api-run-folder",
        lambda tmp: (
            lambda: __import__("workbench.pipeline", fromlist=["run"]).run(tmp, workspace=os.environ["WORKBENCH_HOME"])
        ),
        "folder",
    ),
    api(
        "api-store-not-a-database",
        lambda tmp: lambda: Store(write(tmp, "faux.db", b"SQLite format 2\x00" + b"x" * 5000)),
        "not a workbench database",
    ),
    # --- the review server's JSON API ---
    server("srv-no-token", 403, lambda tmp: ("GET", "/api/state", {"headers": {}}), "token"),
    server("srv-wrong-token", 403, get("/api/state", {"X-Workbench-Token": "guess"}), "token"),
    server("srv-foreign-host", 403, get("/api/state", {"Host": "evil.example"}), "127.0.0.1"),
    server("srv-cross-origin", 403, post("approve", {"link": 1}, {"Origin": "http://evil.example"}), "cross-origin"),
    server("srv-cross-site-fetch", 403, post("approve", {"link": 1}, {"Sec-Fetch-Site": "cross-site"}), "cross-origin"),
    server("srv-not-json", 400, post("approve", b"link=1"), "not valid json"),
    server("srv-not-utf8", 400, post("approve", b"\xff\xfe{\x00"), "not valid json"),
    server("srv-json-array", 400, post("approve", [1, 2]), "json object"),
    server("srv-nested-deep", 400, post("approve", b"[" * 400_000 + b"]" * 400_000), "nested too deeply"),
    server("srv-too-large", 413, post("edit", b'{"x": "' + b"a" * 2_100_000 + b'"}'), "too large"),
    server("srv-unknown-action", 404, post("drop_table", {}), "no action"),
    server("srv-unknown-field", 400, post("approve", {"link": 1, "sql": "DROP TABLE links"}), "unknown field"),
    server("srv-link-not-int", 400, post("approve", {"link": "1; DROP TABLE links"}), "integer"),
    server("srv-link-nan", 400, post("approve", b'{"link": NaN}'), "integer"),
    server("srv-link-huge", 400, post("approve", {"link": 10**30}), "out of range"),
    server("srv-link-absent", 404, post("approve", {"link": 10**9}), "no row"),
    server("srv-stale-version", 409, post("approve", {"link": 1, "version": -5}), "changed since"),
    server("srv-edit-too-long", 400, post("edit", {"edits": [{"segment": 1, "text": "é" * 20_000}]}), "at most"),
    server("srv-edit-control-chars", 400, post("edit", {"edits": [{"segment": 1, "text": "a\x00b"}]}), "control"),
    server(
        "srv-edit-lone-surrogate", 400, post("edit", b'{"edits": [{"segment": 1, "text": "\\ud800"}]}'), "surrogate"
    ),
    server(
        "srv-bad-regex", 400, post("replace", {"find": "(", "replacement": "x", "regex": True}), "regular expression"
    ),
    server("srv-bad-limit", 400, get("/api/state?limit=-1"), "limit"),
    server("srv-export-traversal", 400, get("/api/export?format=../../../etc/passwd"), "unknown export format"),
    server("srv-static-traversal", 404, get("/static/..%2f..%2fstore.py"), "not found"),
]


def test_the_table_covers_every_door_with_enough_cases() -> None:
    doors = {c.door for c in CASES}
    assert doors == {"cli", "api", "server"}
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES), "case ids must be unique"


def _check_one_line(err: str, expect: str) -> None:
    text = err.strip()
    assert text, "no message at all"
    assert "Traceback" not in err
    assert len(text.splitlines()) == 1, f"more than one line:\n{err}"
    assert text.startswith("workbench: ")
    assert "internal error" not in text, f"only the catch-all caught it: {text}"
    assert expect in text.lower(), f"{expect!r} not in {text!r}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_refused_in_one_clear_line_and_changes_nothing(
    case: Case, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp = workspace
    if case.door == "cli":
        argv = case.build(tmp)
        code = main(argv)
        out, err = capsys.readouterr()
        assert code != 0, f"exit 0 for {argv!r}: {out}"
        assert code in (1, 2)
        _check_one_line(err, case.expect)
    elif case.door == "api":
        call = case.build(tmp)
        with pytest.raises(WorkbenchError) as caught:
            call()
        message = str(caught.value)
        assert case.expect in message.lower()
        assert "\n" not in message.strip()
    else:
        from workbench.review.server import create_app, open_session

        method, url, kwargs = case.build(tmp)
        with Store.open_workspace() as store:
            session = open_session(store, "lettre")
            headers = {"X-Workbench-Token": session.token, "Origin": BASE, **kwargs.pop("headers", {})}
            if case.id == "srv-no-token":
                headers.pop("X-Workbench-Token")
            body = _link_ids(kwargs, store)
            with TestClient(create_app(session), base_url=BASE, raise_server_exceptions=False) as client:
                res = client.request(method, url, headers=headers, **body)
        assert res.status_code == case.status, res.text[:300]
        assert "Traceback" not in res.text
        message = res.json()["error"] if url.startswith("/api/") else res.text
        assert case.expect in message.lower()
        assert "\n" not in message.strip()


def _link_ids(kwargs: dict[str, Any], store: Store) -> dict[str, Any]:
    """Cases name link 1 and segment 1; point them at the first real row of the example."""
    body = kwargs.get("json")
    if isinstance(body, dict) and body.get("link") == 1:
        kwargs = {**kwargs, "json": {**body, "link": _first_link(store)}}
    return kwargs


# -- Unicode oddities are text, not errors: kept exactly ------------------------------------------

ODD_TEXTS = {
    "combining-marks": "Le cafe\u0301 est fe\u0301rme\u0301. Il rouvrira demain.",
    "nbsp-before-punctuation": (
        f"Quelle surprise{NBSP}! Il a dit{NBSP}: «{NBSP}oui{NBSP}». Le total est de 13{NBSP}400 francs."
    ),
    "zero-width": f"Bon{ZWSP}jour le monde. Une\u200dautre phrase ici.",
    "rtl-and-bidi": "Le mot arabe سلام veut dire paix. Le mot hébreu שלום aussi.",
    "astral-and-emoji": "Le 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 est partout 👍🏽. Même ici.",
}


HARMLESS: dict[str, tuple[str, bytes, str]] = {
    # name: (file name, contents, text that must come out)
    "utf16-without-bom": ("lettre.txt", "Bonjour. Voici la lettre.\n".encode("utf-16-le"), "Bonjour."),
    "utf16be-without-bom": ("lettre.txt", "Bonjour. Voici la lettre.\n".encode("utf-16-be"), "Voici la lettre."),
    "html-billion-laughs": (
        "page.html",
        b"<?xml version='1.0'?>"
        + hf.LAUGHS.replace(b"lolz", b"html")
        + b"<html><body><p>Bonjour &lol9; fin.</p></body></html>",
        "&lol9;",
    ),
    "html-external-entity": (
        "page.html",
        hf.EXTERNAL.replace(b"tmx", b"html") + b"<html><body><p>Bonjour &xxe; fin.</p></body></html>",
        "&xxe;",
    ),
}


@pytest.mark.parametrize("name", list(HARMLESS))
def test_harmless_oddities_are_read_and_nothing_is_expanded(
    name: str, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    file_name, data, expected = HARMLESS[name]
    path = write(workspace, file_name, data)
    assert main(["segment", path, "--lang", "fr", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    texts = [json.loads(line).get("text", "") for line in out.splitlines() if line.strip()]
    assert any(expected in t for t in texts), texts
    assert sum(len(t) for t in texts) < 200  # an entity left as written, never expanded
    assert "root:" not in out  # /etc/passwd was not read


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_unicode_oddities_are_segmented_without_losing_a_character(
    name: str, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    text = ODD_TEXTS[name]
    path = write(workspace, f"{name}.txt", text + "\n")
    assert main(["segment", path, "--lang", "fr", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    texts = [r["text"] for r in records if "text" in r]
    assert len(texts) >= 2
    joined = "".join(texts)
    assert [c for c in joined if not c.isspace()] == [c for c in text if not c.isspace()]
