"""The review page lets nothing in: loopback only, a token per session, no cross-origin writes,
and document text that looks like HTML stays text in a real browser.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from review_example import example_project
from support.sample import project_from_sentences

from workbench.readers import document_from_text
from workbench.review.server import ServerThread, free_port, open_session
from workbench.segment import segment_document
from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]


def listening_addresses(port: int) -> set[str]:
    """The local addresses a TCP socket listens on for `port`, from /proc/net (hex, as the kernel writes them)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


class ReviewProcess:
    """`workbench review` as a user starts it, in its own process."""

    def __init__(self, workspace: Path, *extra: str) -> None:
        self.port = free_port()
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "workbench", "--workspace", str(workspace), "review", "lettre", "--no-browser"]
            + ["--port", str(self.port), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    def stop(self) -> str:
        self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return str(err)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    with Store.open_workspace(folder) as store:
        example_project(store)
    return folder


def test_review_listens_on_loopback_only_by_default(workspace: Path) -> None:
    server = ReviewProcess(workspace)
    try:
        assert server.url.startswith(f"http://127.0.0.1:{server.port}/?token="), server.url
        if Path("/proc/net/tcp").exists():
            assert listening_addresses(server.port) == {"0100007F"}  # 127.0.0.1, nothing else
        token = server.url.split("token=")[1]
        res = httpx.get(f"http://127.0.0.1:{server.port}/api/state", headers={"X-Workbench-Token": token})
        assert res.status_code == 200
    finally:
        err = server.stop()
    assert "warning" not in err.lower()


def test_another_address_needs_an_explicit_host_and_says_so(workspace: Path) -> None:
    server = ReviewProcess(workspace, "--host", "0.0.0.0")
    try:
        assert server.url.startswith(f"http://127.0.0.1:{server.port}/?token=")
        if Path("/proc/net/tcp").exists():
            assert listening_addresses(server.port) == {"00000000"}  # every interface, as asked
        token = server.url.split("token=")[1]
        base = f"http://127.0.0.1:{server.port}"
        # Reached by another name (a colleague's browser): still the token, still same-origin writes.
        named = {"Host": f"review-box.lan:{server.port}"}
        assert httpx.get(f"{base}/api/state", headers=named).status_code == 403
        assert httpx.get(f"{base}/api/state", headers={**named, "X-Workbench-Token": token}).status_code == 200
    finally:
        err = server.stop()
    first = err.strip().splitlines()[0]
    assert first.startswith("workbench: warning: serving on 0.0.0.0"), err
    assert "token" in first


def test_another_loopback_address_works_without_a_warning(workspace: Path) -> None:
    server = ReviewProcess(workspace, "--host", "127.0.0.2")
    try:
        assert server.url.startswith(f"http://127.0.0.2:{server.port}/?token="), server.url
        token = server.url.split("token=")[1]
        res = httpx.get(f"http://127.0.0.2:{server.port}/api/state", headers={"X-Workbench-Token": token})
        assert res.status_code == 200
    finally:
        err = server.stop()
    assert "warning" not in err.lower()


@pytest.fixture
def served(workspace: Path) -> Iterator[tuple[ServerThread, Store]]:
    store = Store.open_workspace(workspace)
    with ServerThread(open_session(store, "lettre")) as server:
        yield server, store
    store.close()


def test_every_session_has_its_own_token_and_the_page_does_not_carry_it(
    served: tuple[ServerThread, Store], workspace: Path
) -> None:
    server, store = served
    base = f"http://127.0.0.1:{server.port}"
    other = open_session(store, "lettre")
    assert other.token != server.session.token and len(server.session.token) >= 32
    assert httpx.get(f"{base}/api/state", headers={"X-Workbench-Token": other.token}).status_code == 403
    assert httpx.get(f"{base}/api/state?token={server.session.token}").status_code == 200
    page = httpx.get(f"{base}/")
    assert server.session.token not in page.text  # the page reads it from its own URL, never from the server
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_cross_origin_writes_are_refused(served: tuple[ServerThread, Store]) -> None:
    server, store = served
    base = f"http://127.0.0.1:{server.port}"
    pid = server.session.project_id
    link = store.links(pid)[0].id or 0
    version = store.project(pid).version
    token = {"X-Workbench-Token": server.session.token}
    url = f"{base}/api/actions/approve"
    evil = [
        {**token, "Origin": "http://evil.example"},
        {**token, "Origin": "null"},
        {**token, "Origin": f"http://127.0.0.1:{server.port + 1}"},
        {**token, "Sec-Fetch-Site": "cross-site"},
        {**token, "Sec-Fetch-Site": "same-site"},
        {"Origin": base},  # a page that guesses no token
        {**token, "Host": "attacker.example"},  # DNS rebinding: a foreign name pointing at 127.0.0.1
    ]
    for headers in evil:
        res = httpx.post(url, json={"link": link}, headers=headers)
        assert res.status_code == 403, (headers, res.text)
    # A plain HTML form (text/plain, no preflight) from another site cannot write either.
    form = httpx.post(url, content=b'{"link": %d}' % link, headers={"Origin": "http://evil.example"})
    assert form.status_code == 403
    # No CORS grant that would let another site read the answers.
    pre = httpx.options(url, headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers
    assert store.project(pid).version == version and store.links(pid)[0].status.value != "approved"
    ok = httpx.post(url, json={"link": link}, headers={**token, "Origin": base, "Sec-Fetch-Site": "same-origin"})
    assert ok.status_code == 200


HOSTILE_LETTER = (
    "Objet : <script>window.__pwned = 'script'</script> la conférence.\n\n"
    'Le délégué a écrit " onmouseover="window.__pwned = \'attribute\'" x=" dans sa lettre. '
    "Une image <img src=x onerror=\"window.__pwned = 'img'\"> suivait.\n\n"
    "Un lien <a href=\"javascript:window.__pwned = 'link'\">cliquez</a> et </td></tr></table><b>gras</b>.\n\n"
    "Un modèle {{constructor.constructor('window.__pwned = 1')()}} et ${window.__pwned = 'tpl'} enfin.\n"
)


def test_markup_in_a_document_is_shown_as_text_and_runs_nothing(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium (/usr/bin/chromium) is not installed")
    french = segment_document(document_from_text(HOSTILE_LETTER, "fr"))
    sentences = [[s.text for s in p.segments] for p in french.paragraphs if p.segments]
    flat = [s for p in sentences for s in p]
    assert any("<script>" in s for s in flat) and any('" onmouseover="' in s for s in flat)
    store = Store.open_workspace(tmp_path / "ws")
    english = [[s.replace("la conférence", "the conference") for s in p] for p in sentences]
    pid = project_from_sentences(store, "hostile", sentences, english, drafts=flat).id
    with ServerThread(open_session(store, pid)) as server, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            outside: list[str] = []

            def dialog(d: Any) -> None:
                dialogs.append(d.message)
                d.dismiss()

            page.on("dialog", dialog)
            local = f"http://127.0.0.1:{server.port}/"

            def only_local(route: Any) -> None:
                if route.request.url.startswith(local):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", only_local)
            page.goto(server.url)
            page.wait_for_selector("body[data-ready='1']")
            cells = page.locator(".row .cell")
            shown = cells.all_inner_texts()
            for i in range(min(cells.count(), 40)):
                cells.nth(i).hover()
            page.mouse.move(5, 5)
            time.sleep(0.2)
            pwned: Any = page.evaluate("() => window.__pwned")
            injected = page.evaluate(
                "() => document.querySelectorAll('.row script, .row img, .row a[href^=javascript], .row b').length"
            )
        finally:
            browser.close()
    store.close()
    assert pwned is None
    assert dialogs == [] and outside == []
    assert injected == 0
    joined = "\n".join(shown)
    for sentence in flat:
        assert sentence in joined  # the very characters, shown as text
