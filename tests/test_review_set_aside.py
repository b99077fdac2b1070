"""A reviewer aligns a report made from PDF text: its page headers, job numbers and footnote are in
no row, yet the page shows them, greyed, where they stand, and the keyboard walks past them.

The report (tests/set_aside_example.py) has three pages: a document symbol at every top, a job
number at every foot, a running header on pages 2 and 3 and a footnote on page 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import browser, needs_chromium, settle  # noqa: F401 - a fixture
from set_aside_example import set_aside_project
from test_review_api import Page, serve

from workbench import actions
from workbench.review.server import ServerThread, open_session
from workbench.store import Store

SHOTS = Path(__file__).resolve().parent.parent / "build" / "review-screenshots"


def with_chromium(test: Any) -> Any:
    for mark in needs_chromium:
        test = mark(test)
    return test


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Page, Store, int]]:
    store = Store.open_workspace(tmp_path / "ws")
    yield from serve(store, set_aside_project(store))


def _between(state: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """Set-aside text -> where each copy of it stands: (the sentence before it, the sentence after it)
    in its document, by their first three words ("" at the document's start or end)."""
    text = {s["id"]: s["text"] for r in state["rows"] for side in ("src", "tgt") for s in r[side]}

    def first_words(seg: int | None) -> str:
        return " ".join(text[seg].split()[:3]) if seg else ""

    out: dict[str, list[tuple[str, str]]] = {}
    for a in state["aside"]:
        out.setdefault(a["text"], []).append((first_words(a["after"]), first_words(a["before"])))
    return out


def test_the_state_lists_what_was_set_aside_with_its_kind_side_and_place(served: tuple[Page, Store, int]) -> None:
    page, _, _ = served
    state = page.state()
    # The rows are the body sentences only: seven, 1:1, none of them a page header or a note.
    assert len(state["rows"]) == 7
    assert [r["src"][0]["text"].split()[0] for r in state["rows"]] == ["Rapport", "1.", "Il", "2.", "3.", "4.", "5."]
    kinds = {(a["side"], a["kind"], a["text"]) for a in state["aside"]}
    assert ("src", "footnote", "1 Résolution adoptée le 22 décembre 2023.") in kinds
    assert ("tgt", "footnote", "1 Resolution adopted on 22 December 2023.") in kinds
    assert ("src", "furniture", "Coopération régionale") in kinds
    assert ("tgt", "furniture", "Regional cooperation") in kinds
    assert [a["kind"] for a in state["aside"] if a["side"] == "src"].count("furniture") == 8  # 3 + 3 + 2
    # Each says between which sentences of its document it falls.
    where = _between(state)
    assert where["1 Résolution adoptée le 22 décembre 2023."] == [("2. Les États", "3. Le Secrétaire")]
    assert where["Coopération régionale"] == [
        ("2. Les États", "3. Le Secrétaire"),
        ("4. Il recommande", "5. Le rapport"),
    ]
    assert where["A/79/287"][0] == ("", "Rapport du Secrétaire")  # the first page's symbol, above the title
    assert where["24-13377 (F)"][-1] == ("5. Le rapport", "")  # the last page's job number, after the end
    # Each also says why the reader set it aside, and on which page it stood.
    why = {(a["text"], a["page"]): a["why"] for a in state["aside"] if a["side"] == "src"}
    assert why[("1 Résolution adoptée le 22 décembre 2023.", 1)] == "footnote 1"
    assert "job number" in why[("24-13377 (F)", 3)]
    # The OpenAPI description names the list.
    spec = page.client.get("/api/openapi.json").json()
    assert "aside" in spec["components"]["schemas"]["State"]["properties"]


def test_actions_never_touch_what_was_set_aside(served: tuple[Page, Store, int]) -> None:
    page, store, pid = served
    before = page.state()["aside"]
    second = page.state()["rows"][3]
    assert second["src"][0]["text"].startswith("2. Les États")
    # Joining "2. Les États…" with the next sentence steps over the page's foot and the next
    # page's head: it joins paragraph 3, and the footnote and page furniture stay as they were.
    page.do("merge_sentences", segment=second["src"][0]["id"])
    merged = page.state()["rows"][3]
    assert merged["src"][0]["text"].startswith("2. Les États") and "3. Le Secrétaire" in merged["src"][0]["text"]
    after = page.state()["aside"]
    assert [(a["id"], a["kind"], a["text"]) for a in after] == [(a["id"], a["kind"], a["text"]) for a in before]
    assert _between(page.state())["1 Résolution adoptée le 22 décembre 2023."] == [("2. Les États", "4. Il recommande")]
    actions.undo(store, pid)
    assert page.state()["aside"] == before


def test_a_project_with_nothing_set_aside_has_an_empty_list(tmp_path: Path) -> None:
    from review_example import example_project

    store = Store.open_workspace(tmp_path / "ws")
    for page, _, _ in serve(store, example_project(store)):
        assert page.state()["aside"] == []


def _current_src(page: Any) -> str:
    return str(page.evaluate("() => window.__review.rows[window.__review.cur].src[0].text"))


def _lightness(page: Any, selector: str) -> float:
    """0 (black) to 1 (white): how light the text colour of the first element matching `selector` is."""
    rgb = page.evaluate(
        "(sel) => getComputedStyle(document.querySelector(sel)).color.match(/\\d+/g).slice(0, 3).map(Number)",
        selector,
    )
    return sum(rgb) / (3 * 255)


@with_chromium
def test_the_page_shows_set_aside_text_greyed_and_the_keyboard_skips_it(browser: Any, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    store = Store.open_workspace(tmp_path / "ws")
    pid = set_aside_project(store).id
    errors: list[str] = []
    with ServerThread(open_session(store, "rapport")) as server:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='1']")
        assert page.evaluate("() => window.__review.rows.length") == 7

        # The running header, the job number and the footnote are on the page, in both columns...
        french = page.locator(".aside-cell.src").all_inner_texts()
        english = page.locator(".aside-cell.tgt").all_inner_texts()
        assert any("Coopération régionale" in t for t in french) and any("Regional cooperation" in t for t in english)
        assert any("1 Résolution adoptée le 22 décembre 2023." in t for t in french)
        footnote = page.locator(".aside-item.k-footnote", has_text="Résolution adoptée")
        assert footnote.locator(".aside-kind").inner_text().lower() == "footnote"
        assert page.locator(".aside-item.k-furniture", has_text="Coopération régionale").count() == 2
        # ...in no row, and greyed: lighter than the sentences of the rows.
        assert page.locator(".row .cell", has_text="Coopération régionale").count() == 0
        assert _lightness(page, ".aside-text") > _lightness(page, ".row .cell.src .seg") + 0.3
        assert "set aside 18" in page.locator("#statusbar").inner_text()
        page.screenshot(path=str(SHOTS / "07-set-aside-1280.png"))

        # j walks the sentences only: from "2. Les États…" straight to "3. Le Secrétaire…".
        seen = [_current_src(page)]
        for _ in range(6):
            page.keyboard.press("j")
            seen.append(_current_src(page))
        assert [t.split()[0] for t in seen] == ["Rapport", "1.", "Il", "2.", "3.", "4.", "5."]
        page.keyboard.press("j")  # past the last row (and the job number drawn below it): stays there
        assert _current_src(page).startswith("5. Le rapport")

        # Clicking a set-aside line selects nothing; g, k, n and G still land on rows.
        page.locator(".aside-item", has_text="Coopération régionale").first.click()
        assert _current_src(page).startswith("5. Le rapport")
        page.keyboard.press("g")
        assert _current_src(page).startswith("Rapport du")
        page.keyboard.press("a")
        settle(page)
        page.keyboard.press("n")  # the next unreviewed row
        assert _current_src(page).startswith("1. Le présent")
        page.keyboard.press("j")
        page.keyboard.press("j")
        page.keyboard.press("j")
        page.keyboard.press("a")
        settle(page)
        assert store.links(pid)[4].status.value == "approved"
        page.keyboard.press("k")
        assert _current_src(page).startswith("2. Les États")
        page.keyboard.press("G")
        assert _current_src(page).startswith("5. Le rapport")

        # Reshaping rows keeps each set-aside line between the same sentences.
        page.keyboard.press("g")
        for _ in range(3):
            page.keyboard.press("j")
        page.keyboard.press("J")  # join "2. Les États…" with "3. Le Secrétaire…", over the page break
        settle(page)
        assert "3. Le Secrétaire" in _current_src(page)
        assert page.locator(".aside-item.k-footnote", has_text="Résolution adoptée").count() == 1
        page.keyboard.press("j")  # the English "3." now stands alone, in a 0:1 row
        assert page.evaluate("() => window.__review.rows[window.__review.cur].src.length") == 0
        page.screenshot(path=str(SHOTS / "08-set-aside-joined-1280.png"))
        page.keyboard.press("Control+z")
        settle(page)
        page.set_viewport_size({"width": 800, "height": 800})
        page.screenshot(path=str(SHOTS / "09-set-aside-800.png"))
        context.close()
    assert not errors, errors
