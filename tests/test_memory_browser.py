"""A reviewer sees where each draft came from and takes a fuzzy memory match with one key, in a real browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from browser_helpers import browser, needs_chromium, settle  # noqa: F401 - a fixture
from memory_example import write_tmx
from review_example import ENGLISH, FRENCH
from support.sample import project_from_sentences

from workbench.memory import import_tmx
from workbench.review.server import ServerThread, open_session
from workbench.store import Store
from workbench.translate import draft_project_report

SHOTS = Path(__file__).resolve().parent.parent / "build" / "review-screenshots"

pytestmark = needs_chromium

MEMORY_FR = "La conférence réunira environ 1 200 participants venus de 42 pays."
TODAY_FR = "La conférence réunira environ 1 200 délégués venus de 42 pays."


def test_origin_badges_the_fuzzy_match_and_the_key_that_takes_it(browser: Any, tmp_path: Path) -> None:
    store = Store.open_workspace(tmp_path / "ws")
    import_tmx(store, write_tmx(tmp_path / "archives.tmx", [(FRENCH[0][0], ENGLISH[0][0]), (MEMORY_FR, ENGLISH[3][0])]))
    french = [[FRENCH[0][0]], [TODAY_FR], [FRENCH[2][1]]]
    english = [["(draft)"], ["(draft)"], ["(draft)"]]
    project = project_from_sentences(store, "lettre", french, english, drafts=[None, "model draft", "model draft"])
    report = draft_project_report(store, project.id, need_model=False)
    assert (report.from_memory, report.fuzzy) == (1, 1)

    server = ServerThread(open_session(store, "lettre")).start()
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='1']")
        rows = page.locator(".row")
        # Where each draft came from, on the row: the memory (with its TMX on hover), or the model.
        memory_badge = rows.nth(0).locator(".origin")
        assert memory_badge.inner_text() == "memory 100%"
        assert "archives" in (memory_badge.get_attribute("title") or "")
        assert rows.nth(1).locator(".origin").inner_text() == "model"
        assert "memory 1 · fuzzy 1" in page.locator("#statusbar").inner_text()

        # The fuzzy match sits under the draft: its score, and the memory's word that differs is marked.
        box = rows.nth(1).locator(".tm")
        assert box.locator(".tm-score").inner_text().startswith("memory ")
        assert [d.inner_text() for d in box.locator(".tm-diff").all()] == ["participants"]
        assert "t takes it" in box.inner_text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "memory-fuzzy-1280.png"))

        # One key takes it into the English; the row then waits for a person to check the marked words.
        page.keyboard.press("j")
        page.keyboard.press("t")
        settle(page)
        current = page.locator(".row.current")
        assert current.locator(".cell.tgt").inner_text().strip() == ENGLISH[3][0]
        assert current.locator(".badge").inner_text() == "needs review"
        assert "taken" in (current.locator(".tm").get_attribute("class") or "")
        # Another row has no match: the key says so and changes nothing.
        page.keyboard.press("j")
        page.keyboard.press("t")
        settle(page)
        assert "no fuzzy memory match" in page.locator("#toast").inner_text()
        page.keyboard.press("Control+z")
        settle(page)
        assert page.locator(".row").nth(1).locator(".cell.tgt").inner_text().strip() == "(draft)"

        # The filter shows the rows with a fuzzy match; the help lists the key.
        page.select_option("#search-filter", "o-fuzzy")
        assert page.locator("#search-count").inner_text() == "1 / 1"
        page.select_option("#search-filter", "o-memory")
        assert page.locator("#search-count").inner_text() == "1 / 1"
        page.locator("#list").focus()
        page.keyboard.press("?")
        help_text = page.locator("#help-table").inner_text()
        assert "Take the fuzzy memory match" in help_text
        assert errors == []
    finally:
        page.close()
        server.stop()
        store.close()
