"""A translator reviews a 320-row report by keyboard, on a laptop (1280×800) and a small window
(800×600): whatever the command, the row it acts on is on screen, and every editor takes the
keyboard at once.

Rows are of very different heights (4 to 150 words), some have page furniture drawn above them,
two are unaligned: the page's height estimates are wrong for most rows until they are drawn,
which is what used to leave the selected row off screen after G, End, n or an undo.
Screenshots land in build/review-screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import browser, needs_chromium, settle  # noqa: F401 - a fixture
from long_review_example import ROWS, THRESHOLD, long_project

from workbench.review.server import ServerThread, open_session
from workbench.store import Store
from workbench.triage import triage_counts

SHOTS = Path(__file__).resolve().parent.parent / "build" / "review-screenshots"
SIZES = [(1280, 800), (800, 600)]

pytestmark = needs_chromium

# The selected row's box against the list's viewport, in the list's own coordinates.
BOX = """() => {
  const S = window.__review, r = S.rows[S.cur], list = document.getElementById("list");
  const node = document.querySelector(`.row[data-id="${r.id}"]`);
  if (!node) return null;
  const b = node.getBoundingClientRect(), v = list.getBoundingClientRect();
  return { top: b.top - v.top, bottom: b.bottom - v.top, height: list.clientHeight, row: S.cur };
}"""

FOCUS = """() => {
  const a = document.activeElement, r = window.__review.rows[window.__review.cur];
  const cell = a && a.closest ? a.closest(".cell") : null;
  return { editor: a.tagName === "TEXTAREA" && a.classList.contains("editor"),
           inRow: !!(a.closest && a.closest(`.row[data-id="${r.id}"]`)), side: cell ? cell.dataset.side : null,
           caret: a.selectionStart, length: (a.value || "").length,
           scrolled: a.scrollTop, clipped: a.scrollHeight - a.clientHeight };
}"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, int, ServerThread]]:
    store = Store.open_workspace(tmp_path_factory.mktemp("long") / "ws")
    pid = long_project(store).id
    server = ServerThread(open_session(store, "long-report")).start()
    yield store, pid, server
    server.stop()
    store.close()


def open_page(browser: Any, server: ServerThread, size: tuple[int, int]) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url)
    page.wait_for_selector("body[data-complete='1']")
    return context, page, errors


def assert_in_view(page: Any, after: str) -> dict[str, Any]:
    settle(page)
    box = page.evaluate(BOX)
    assert box is not None, f"after {after}: the selected row is not even drawn"
    assert box["top"] >= 0 and box["bottom"] <= box["height"], f"after {after}: row box {box} outside the list"
    return dict(box)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_selected_row_is_on_screen_after_every_command(
    browser: Any, served: tuple[Store, int, ServerThread], size: tuple[int, int]
) -> None:
    store, pid, server = served
    SHOTS.mkdir(parents=True, exist_ok=True)
    context, page, errors = open_page(browser, server, size)
    try:
        assert page.evaluate("() => window.__review.rows.length") == ROWS
        assert_in_view(page, "the first render")
        for key in ["G", "g", "End", "Home"]:
            page.keyboard.press(key)
            box = assert_in_view(page, key)
            assert box["row"] == (ROWS - 1 if key in ("G", "End") else 0)
        for _ in range(25):
            page.keyboard.press("j")
        assert assert_in_view(page, "25 × j")["row"] == 25
        page.keyboard.press("2")  # n and N go through the doubtful rows
        page.keyboard.press("n")
        far = assert_in_view(page, "n")["row"]
        page.keyboard.press("N")
        assert assert_in_view(page, "N")["row"] < far

        # G then a: the approved row is the last one, and it is on screen.
        page.keyboard.press("G")
        page.keyboard.press("a")
        assert assert_in_view(page, "G a")["row"] == ROWS - 1
        assert store.links(pid)[-1].status.value == "approved"
        page.screenshot(path=str(SHOTS / f"10-long-approved-last-{size[0]}.png"))
        # Undo and redo from the top of the list bring the row they change into view.
        page.keyboard.press("g")
        page.keyboard.press("Control+z")
        assert assert_in_view(page, "undo")["row"] == ROWS - 1
        assert store.links(pid)[-1].status.value == "proposed"
        page.keyboard.press("g")
        page.keyboard.press("Control+Shift+Z")
        assert assert_in_view(page, "redo")["row"] == ROWS - 1
        assert store.links(pid)[-1].status.value == "approved"
        page.keyboard.press("Control+z")  # the project as it was, for the next window size
        settle(page)
    finally:
        context.close()
    assert not errors, errors


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_split_and_edit_take_the_keyboard_on_either_side_after_scrolling(
    browser: Any, served: tuple[Store, int, ServerThread], size: tuple[int, int]
) -> None:
    _, _, server = served
    context, page, errors = open_page(browser, server, size)
    try:
        for side_key, side in (("h", "src"), ("l", "tgt")):
            for key, caret_at_end in (("s", False), ("Enter", True)):
                page.keyboard.press("g")
                for _ in range(17):  # row 18: a 150-word sentence
                    page.keyboard.press("j")
                page.keyboard.press(side_key)
                page.mouse.move(size[0] / 2, size[1] - 80)
                page.mouse.wheel(0, 4000)  # the reviewer scrolls away with the mouse...
                page.wait_for_timeout(100)
                page.keyboard.press(key)  # ...and opens the editor by keyboard
                focus = page.evaluate(FOCUS)
                what = f"{key} on the {side} side at {size[0]}px"
                assert focus["editor"] and focus["inRow"] and focus["side"] == side, f"{what}: {focus}"
                assert focus["caret"] == (focus["length"] if caret_at_end else 0), f"{what}: {focus}"
                # The sentence opens at its start, never scrolled inside its box; the box is on screen.
                assert focus["scrolled"] == 0 and focus["clipped"] <= 1, f"{what}: {focus}"
                box = page.evaluate(BOX)
                assert box["top"] >= 0, f"{what}: the editor's row starts above the list ({box})"
                if key == "s" and side == "tgt":
                    page.screenshot(path=str(SHOTS / f"11-long-split-editor-{size[0]}.png"))
                page.keyboard.press("End")  # keys go to the editor, not to the page (End = last row)
                assert page.evaluate(FOCUS)["editor"] and page.evaluate("() => window.__review.cur") == 17
                page.keyboard.press("Escape")
                settle(page)
        # A key typed after the editor lost the keyboard (a click beside it) gives the keyboard back.
        page.keyboard.press("l")
        page.keyboard.press("Enter")
        page.click("#columns")
        page.keyboard.press("x")
        assert page.evaluate(FOCUS)["editor"]
        page.keyboard.press("Escape")
    finally:
        context.close()
    assert not errors, errors


def test_the_page_counts_doubtful_rows_with_the_projects_threshold_and_approve_can_go_on(
    browser: Any, served: tuple[Store, int, ServerThread]
) -> None:
    store, pid, server = served
    context, page, errors = open_page(browser, server, (1280, 800))
    try:
        expected = triage_counts(store.links(pid), THRESHOLD)["doubtful"]
        assert f"doubtful {expected}" in page.locator("#statusbar").inner_text()
        assert page.locator("#jump-kind option[value='doubtful']").inner_text() == f"2 doubtful (< {THRESHOLD})"
        # An unaligned row never wears a confident colour, whatever its score.
        page.evaluate("() => { const S = window.__review; S.cur = S.rows.findIndex((r) => !r.tgt.length); }")
        page.keyboard.press("l")
        unaligned = page.locator(".row.current .conf")
        assert "unaligned" in (unaligned.get_attribute("class") or "")
        assert "always doubtful" in (unaligned.get_attribute("title") or "")
        page.screenshot(path=str(SHOTS / "12-long-unaligned-1280.png"))

        # Settings: "approve and go on". a approves, then the next undecided row is selected.
        page.keyboard.press(",")
        page.check("#approve-next")
        page.keyboard.press("Escape")
        page.keyboard.press("g")
        first = page.evaluate("() => window.__review.rows[0].id")
        page.keyboard.press("a")
        assert_in_view(page, "a with approve and go on")
        assert page.evaluate("() => window.__review.cur") == 1
        assert next(lk for lk in store.links(pid) if lk.id == first).status.value == "approved"
        page.keyboard.press("Control+z")
        settle(page)
    finally:
        context.close()
    assert not errors, errors
