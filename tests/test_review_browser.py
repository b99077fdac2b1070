"""A translator reviews the example letter in a real browser, keyboard only, and nothing is lost.

Drives Debian's Chromium through Playwright (never a downloaded browser). One server and one
browser for the module keep it quick. Screenshots land in build/review-screenshots/.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

from browser_helpers import browser, needs_chromium, settle  # noqa: F401 - a fixture
from review_example import FRENCH, example_project

from workbench import actions
from workbench.review.server import ServerThread, open_session
from workbench.store import Store

SHOTS = Path(__file__).resolve().parent.parent / "build" / "review-screenshots"

pytestmark = needs_chromium


def current(page: Any) -> dict[str, Any]:
    return dict(page.evaluate("() => window.__review.rows[window.__review.cur]"))


def press(page: Any, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)
    settle(page)


def table(store: Store, pid: int) -> list[tuple[str, str, str]]:
    segs = store.project_segments(pid)
    return [
        (
            " | ".join(segs[i][0].text for i in lk.src),
            " | ".join(segs[i][0].text for i in lk.tgt),
            lk.status.value,
        )
        for lk in store.links(pid)
    ]


HOSTILE = 'Letter <script>window.__pwned=1</script>" onmouseover="window.__pwned=2" x="'


def test_keyboard_only_review_survives_reload_and_restart(browser: Any, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    mirror = example_project(store, "mirror").id  # the same actions through the Python API, for comparison

    def m_ids() -> list[int]:
        return [lk.id or 0 for lk in store.links(mirror)]

    server = ServerThread(open_session(store, "lettre")).start()
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:  # an alert() would mean page text ran as code
        errors.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='1']")
        assert page.evaluate("() => window.__review.rows.length") == 15
        page.screenshot(path=str(SHOTS / "01-opened-1280.png"))

        # Approve the first row.
        press(page, "a")
        actions.approve(store, mirror, m_ids()[0])

        # Edit the English of row 2 inline (a hostile text must show as text, never run).
        press(page, "j", "l", "Enter")
        page.keyboard.press("Control+a")
        page.keyboard.type(HOSTILE)
        press(page, "Enter")
        seg = store.links(mirror)[1].tgt[0]
        actions.edit_text(store, mirror, [(seg, HOSTILE)])
        assert page.locator(".row.current .cell.tgt").inner_text().strip() == HOSTILE
        assert page.evaluate("() => window.__pwned") is None
        page.hover(".row.current .cell.tgt")
        assert page.evaluate("() => window.__pwned") is None

        # Move "Mr. Anatole Brissac..." up into the row above (row 4 -> row 3), English side.
        press(page, "j", "j", "u")
        actions.move_first_up(store, mirror, m_ids()[3], "tgt")
        assert current(page)["tgt"] == []

        # Shift the French of row 6 down, then insert an empty cell on the English of the last row.
        press(page, "j", "j", "h", "D")
        actions.shift_side(store, mirror, m_ids()[5], "src", "down")
        press(page, "G", "l", "i")
        actions.insert_empty(store, mirror, m_ids()[-1], "tgt")
        assert [r["kind"] for r in page.evaluate("() => window.__review.rows.slice(-2)")] == ["1:0", "0:1"]

        # Merge rows 12 and 13.
        press(page, "g", *["j"] * 11, "m")
        actions.merge_next(store, mirror, m_ids()[11])
        assert current(page)["kind"] == "2:2"

        # Split the budget sentence (row 9, French) at the caret, keyboard only.
        budget = FRENCH[4][0]
        cut = budget.index(", dont") + 1
        press(page, "g", *["j"] * 8, "h", "s")
        page.keyboard.press("Control+Home")
        for _ in range(cut):
            page.keyboard.press("ArrowRight")
        press(page, "Enter")
        actions.split_segment(store, mirror, store.links(mirror)[8].src[0], cut)
        assert current(page)["kind"] == "2:1"
        page.screenshot(path=str(SHOTS / "02-after-edits-1280.png"))

        # Undo the split, redo it.
        press(page, "Control+z")
        assert current(page)["kind"] == "1:1"
        press(page, "Control+Shift+Z")
        assert current(page)["kind"] == "2:1"

        # Jump to the next low-confidence row from the top: row 5 (0.45).
        press(page, "g", "2", "n")
        assert current(page)["score"] == 0.45
        # Search: the first row mentioning Valdorie, in French.
        press(page, "g", "/")
        page.keyboard.type("Valdorie")
        page.keyboard.press("Enter")
        assert "Valdorie" in current(page)["src"][0]["text"]
        assert page.locator("#search-count").inner_text() == "1 / 2"
        assert page.locator(".row.current mark").first.inner_text() == "Valdorie"
        page.screenshot(path=str(SHOTS / "03-search-1280.png"))
        page.keyboard.press("Escape")
        page.keyboard.press("?")
        assert page.locator("#help").is_visible()
        page.screenshot(path=str(SHOTS / "03-help-1280b.png"))
        page.keyboard.press("Escape")

        assert table(store, pid) == table(store, mirror)
        expected = table(store, pid)

        # Reload: the same rows; undo still reaches the actions from before the reload.
        page.reload()
        page.wait_for_selector("body[data-ready='1']")
        assert page.evaluate("() => window.__review.rows.length") == len(expected)
        press(page, "Control+z")
        assert table(store, pid) != expected
        press(page, "Control+Shift+Z")
        assert table(store, pid) == expected
        page.set_viewport_size({"width": 800, "height": 800})
        page.screenshot(path=str(SHOTS / "04-reloaded-800.png"))
    finally:
        server.stop()
    assert not errors, errors

    # Restart the server on a fresh connection: the work is there and undo still works.
    store2 = Store.open_workspace(tmp_path / "ws")
    server2 = ServerThread(open_session(store2, "lettre")).start()
    try:
        page.goto(server2.url)
        page.wait_for_selector("body[data-ready='1']")
        assert table(store2, pid) == expected
        texts = page.locator(".row .cell.tgt").all_inner_texts()
        assert HOSTILE in [t.strip() for t in texts]
        press(page, "Control+z")
        assert current(page)["kind"] == "1:1"  # the split, undone after a restart
        press(page, "Control+Shift+Z")
        assert table(store2, pid) == expected
        _export_tmx(page, tmp_path, store2, pid)
        page.keyboard.press("Escape")

        # A second tab on the same project: its stale action is refused with a clear message.
        other = context.new_page()
        other.goto(server2.url)
        other.wait_for_selector("body[data-ready='1']")
        press(page, "g", "x")  # the first tab excludes row 1
        press(other, "g", "a")  # the second tab, not reloaded, tries to approve it
        assert other.locator("#conflict").is_visible()
        assert "changed since you loaded it" in other.locator("#conflict").inner_text()
        assert store2.links(pid)[0].status.value == "rejected"
        other.screenshot(path=str(SHOTS / "05-conflict-1280.png"))
        other.click("#conflict-reload")
        other.wait_for_selector("#conflict", state="hidden")
        press(other, "a")
        assert store2.links(pid)[0].status.value == "approved"
        other.close()
    finally:
        server2.stop()
        context.close()
    assert not errors, errors


def _export_tmx(page: Any, tmp_path: Path, store: Store, pid: int) -> None:
    """Export from the page: the TMX holds exactly the store's pairs."""
    page.keyboard.press("E")
    page.select_option("#export-rows", "all")
    with page.expect_download() as info:
        page.click("#export-link")
    target = tmp_path / "export.tmx"
    shutil.copy(info.value.path(), target)
    from lxml import etree

    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    pairs = []
    for tu in etree.parse(str(target)).iter("tu"):
        segs = {
            tuv.get(lang, "")[:2].lower(): " ".join("".join(tuv.find("seg").itertext()).split())
            for tuv in tu.iter("tuv")
        }
        pairs.append((segs.get("fr"), segs.get("en")))
    expected = [
        (" ".join(" ".join(fr.split(" | ")).split()), " ".join(" ".join(en.split(" | ")).split()))
        for fr, en, status in table(store, pid)
        if fr and en and status != "rejected"
    ]
    assert sorted(pairs) == sorted(expected)
    # The same dialog gives a ready OmegaT project, as a .zip holding the project's folder.
    page.keyboard.press("E")
    page.select_option("#export-format", "omegat-project")
    with page.expect_download() as zipped:
        page.click("#export-link")
    assert zipped.value.suggested_filename.endswith("-omegat.zip")
    with zipfile.ZipFile(zipped.value.path()) as archive:
        assert any(name.endswith("/omegat.project") for name in archive.namelist())


def test_keys_can_be_rebound_and_auto_confirm_approves_the_rows_above_an_edit(browser: Any, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    with ServerThread(open_session(store, "lettre")) as server:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='1']")
        page.keyboard.press(",")
        assert page.locator("#settings").is_visible()
        page.locator("#settings-keys button", has_text="a").first.click()
        page.keyboard.press("y")
        page.screenshot(path=str(SHOTS / "06-settings-1280.png"))
        page.check("#auto-confirm")
        page.keyboard.press("Escape")
        press(page, "y")
        assert store.links(pid)[0].status.value == "approved"
        press(page, "a")  # "a" no longer approves
        assert store.links(pid)[0].status.value == "approved" and len(store.events(pid)) == 2

        # The binding and the auto-confirm setting outlive a reload (kept in this browser).
        page.reload()
        page.wait_for_selector("body[data-ready='1']")
        press(page, "j", "j", "j", "l", "Enter")
        page.keyboard.press("End")
        page.keyboard.type(" (checked)")
        press(page, "Enter")
        statuses = [lk.status.value for lk in store.links(pid)[:5]]
        assert statuses == ["approved", "approved", "approved", "edited", "proposed"]
        # The edit and the approvals it brought are one step: one undo takes both back.
        press(page, "Control+z")
        statuses = [lk.status.value for lk in store.links(pid)[:5]]
        assert statuses == ["approved", "proposed", "proposed", "proposed", "proposed"]
        assert "(checked)" not in table(store, pid)[3][1]
        context.close()


def test_replace_all_under_a_filter_touches_only_the_rows_it_shows(browser: Any, tmp_path: Path) -> None:
    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    first = store.links(pid)[0].id
    actions.merge_next(store, pid, first)  # the date line and the title become one 2:2 row
    with ServerThread(open_session(store, "lettre")) as server:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='1']")
        page.select_option("#search-filter", "non11")
        page.fill("#search", "2024")
        page.fill("#replace", "2025")
        page.click("#replace-all")
        settle(page)
        rows = table(store, pid)
        assert "2024" not in rows[0][0] + rows[0][1] and "2025" in rows[0][0], "the 2:2 row the filter shows"
        assert "septembre 2024" in rows[1][0], "a 1:1 row the filter hides keeps its text"
        context.close()
