"""Review page at scale: time to first render and to scroll through a 20 000-row project in headless Chromium.

Ours (virtualised list over the JSON API) against a peer-style page that puts every row in the
DOM at once, as paging-free desktop-style editors do, with the same texts. Also times one
keyboard action (approve) round trip on the big project.

    PYTHONPATH=$PWD python benchmarks/review.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the kits shared with the tests

from support.sample import synthetic_project  # noqa: E402

from workbench.review.rows import build_rows  # noqa: E402
from workbench.review.server import ServerThread, open_session  # noqa: E402
from workbench.store import Store  # noqa: E402

ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]

# Scroll the list from top to bottom, one viewport-ish step per animation frame; report frame gaps.
SCROLL_JS = """
async (selector) => {
  const box = selector === 'window' ? document.scrollingElement : document.querySelector(selector);
  box.scrollTop = 0;
  await new Promise(r => requestAnimationFrame(r));
  const gaps = []; let last = performance.now(); const t0 = last; let steps = 0;
  while (box.scrollTop + box.clientHeight < box.scrollHeight - 2 && steps < 100000) {
    box.scrollTop += 2000;
    await new Promise(r => requestAnimationFrame(r));
    const now = performance.now(); gaps.push(now - last); last = now; steps++;
  }
  gaps.sort((a, b) => a - b);
  return {total: performance.now() - t0, steps, p50: gaps[Math.floor(gaps.length / 2)] || 0,
          p95: gaps[Math.floor(gaps.length * 0.95)] || 0, max: gaps[gaps.length - 1] || 0};
}
"""


def peer_page(rows: list[dict[str, Any]]) -> str:
    """Every row in the DOM at once: what an editor without virtualisation has to lay out."""
    body = "".join(
        f"<tr><td>{r['score']}</td><td>{html.escape(' '.join(s['text'] for s in r['src']))}</td>"
        f"<td>{html.escape(' '.join(s['text'] for s in r['tgt']))}</td><td>{r['status']}</td></tr>"
        for r in rows
    )
    return (
        "<!doctype html><html><head><style>body{margin:0;font:15px sans-serif}"
        "td{border-bottom:1px solid #ddd;padding:6px;vertical-align:top}"
        f"</style></head><body><table>{body}</table></body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open_workspace(Path(tmp))
        t = time.perf_counter()
        synthetic_project(store, "big", opts.rows)
        build_s = time.perf_counter() - t
        session = open_session(store, "big")
        rows = build_rows(store, session.project_id)
        peer_html = peer_page(rows)
        ours_open: list[float] = []
        ours_full: list[float] = []
        peer_open: list[float] = []
        with ServerThread(session) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            for _ in range(opts.runs):
                t = time.perf_counter()
                page.goto(server.url)
                page.wait_for_selector("body[data-ready='1'] .row")
                ours_open.append(time.perf_counter() - t)
                page.wait_for_selector("body[data-complete='1']")
                ours_full.append(time.perf_counter() - t)
            ours_scroll = page.evaluate(SCROLL_JS, "#list")
            approve: list[float] = []
            for _ in range(5):
                t = time.perf_counter()
                page.keyboard.press("a")
                page.evaluate("() => window.__review.queue")
                approve.append(time.perf_counter() - t)
                page.keyboard.press("j")
            for _ in range(opts.runs):
                t = time.perf_counter()
                page.set_content(peer_html)
                page.wait_for_selector("tr")
                peer_open.append(time.perf_counter() - t)
            peer_scroll = page.evaluate(SCROLL_JS, "window")
            browser.close()

    print(f"review page, {opts.rows} rows (project built in {build_s:.1f} s), headless Chromium 1280x800\n")
    print(
        f"| page | first render (median of {opts.runs}) | all rows loaded | full scroll | frames "
        "| p50 frame | p95 frame | max frame |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, opened, full, sc in (
        ("workbench (virtualised)", ours_open, ours_full, ours_scroll),
        ("peer-style full DOM", peer_open, peer_open, peer_scroll),
    ):
        print(
            f"| {name} | {statistics.median(opened):.2f} s | {statistics.median(full):.2f} s "
            f"| {sc['total'] / 1000:.2f} s | {sc['steps']} | "
            f"{sc['p50']:.1f} ms | {sc['p95']:.1f} ms | {sc['max']:.1f} ms |"
        )
    approve_ms = statistics.median(approve) * 1000
    print(f"\napprove round trip (key press to saved and redrawn), median of 5: {approve_ms:.0f} ms")
    print(
        f"rows={opts.rows} first_render_s={statistics.median(ours_open):.2f} "
        f"all_loaded_s={statistics.median(ours_full):.2f} "
        f"scroll_s={ours_scroll['total'] / 1000:.2f} scroll_p95_ms={ours_scroll['p95']:.1f} "
        f"peer_first_render_s={statistics.median(peer_open):.2f} peer_scroll_p95_ms={peer_scroll['p95']:.1f} "
        f"approve_ms={statistics.median(approve) * 1000:.0f}"
    )


if __name__ == "__main__":
    main()
