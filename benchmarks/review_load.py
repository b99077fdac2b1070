"""Review server under load: 50 reviewers at once on loopback, a few thousand actions, none lost.

The server runs as `workbench review` in its own process, as a translator starts it. Each
simulated reviewer (an asyncio task with its own connection) edits its own sentences, approves
and bookmarks rows and reloads part of the page, one request at a time, as fast as the answers
come. Afterwards the store is checked: every acknowledged write is one event, every acknowledged
edit's text is in the database. The reference row does the same writes through the Python API
in one thread, without HTTP: the cost of the store itself.

    PYTHONPATH=$PWD python benchmarks/review_load.py [--clients 50] [--actions 60] [--rows 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the kits shared with the tests

from support.sample import synthetic_project  # noqa: E402

from workbench import actions  # noqa: E402
from workbench.review.server import free_port  # noqa: E402
from workbench.store import DB_NAME, Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000 if ordered else 0.0


async def reviewer(
    number: int, base: str, token: str, links: list[int], segments: list[int], count: int, out: dict[str, Any]
) -> None:
    rng = random.Random(number)
    headers = {"X-Workbench-Token": token, "Origin": base}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as http:
        for n in range(count):
            roll = rng.random()
            if roll < 0.1:
                kind, started = "read", time.perf_counter()
                res = await http.get("/api/state", params={"limit": 50})
            else:
                if roll < 0.5:
                    text = f"load c{number} n{n} relu"
                    body: dict[str, Any] = {"edits": [{"segment": rng.choice(segments), "text": text}]}
                    kind = "edit"
                elif roll < 0.8:
                    body, kind = {"link": rng.choice(links)}, "approve"
                else:
                    body, kind = {"link": rng.choice(links), "on": rng.random() < 0.5}, "bookmark"
                started = time.perf_counter()
                res = await http.post(f"/api/actions/{kind}", json=body)
            elapsed = time.perf_counter() - started
            if res.status_code != 200:
                out["errors"].append(f"{kind}: {res.status_code} {res.text[:200]}")
                continue
            out["latency"][kind].append(elapsed)
            if kind == "edit":
                out["edits"].append(text)
            if kind != "read":
                out["writes"] += 1


async def load(base: str, token: str, clients: int, count: int, links: list[int], segs: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "errors": [],
        "edits": [],
        "writes": 0,
        "latency": {"edit": [], "approve": [], "bookmark": [], "read": []},
    }
    # Each reviewer owns its own slice of the sentences, as a team splitting a document would.
    tasks = [reviewer(i, base, token, links[i::clients], segs[i::clients], count, out) for i in range(clients)]
    started = time.perf_counter()
    await asyncio.gather(*tasks)
    out["seconds"] = time.perf_counter() - started
    return out


def direct(workspace: Path, writes: int) -> list[float]:
    """The same kinds of writes through the Python API, one after another: no HTTP, no concurrency."""
    times: list[float] = []
    rng = random.Random(0)
    with Store.open_workspace(workspace) as store:
        pid = store.project("load").id
        links = [lk.id for lk in store.links(pid) if lk.id is not None]
        segs = [lk.tgt[0] for lk in store.links(pid) if lk.tgt]
        for n in range(writes):
            started = time.perf_counter()
            roll = rng.random()
            if roll < 0.45:
                actions.edit_text(store, pid, [(rng.choice(segs), f"direct {n}")])
            elif roll < 0.8:
                actions.approve(store, pid, rng.choice(links))
            else:
                actions.bookmark(store, pid, rng.choice(links), rng.random() < 0.5)
            times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--actions", type=int, default=60, help="requests per client")
    parser.add_argument("--rows", type=int, default=2000)
    opts = parser.parse_args()

    workspace = Path(tempfile.mkdtemp(prefix="workbench-load-"))
    with Store.open_workspace(workspace) as store:
        pid = synthetic_project(store, "load", rows=opts.rows).id
        links = [lk.id for lk in store.links(pid) if lk.id is not None]
        segs = [lk.tgt[0] for lk in store.links(pid) if lk.tgt]
        events_before = len(store.events(pid))

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "-w", str(workspace), "review", "load", "--no-browser", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    token = url.split("token=")[1]
    try:
        out = asyncio.run(load(f"http://127.0.0.1:{port}", token, opts.clients, opts.actions, links, segs))
        # The same server, one reviewer alone afterwards: the latency a translator feels.
        solo = asyncio.run(load(f"http://127.0.0.1:{port}", token, 1, 200, links, segs))
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # Nothing lost: one event per acknowledged write, every acknowledged edit in the store.
    db = sqlite3.connect(workspace / DB_NAME)
    events_after = db.execute("SELECT COUNT(*) FROM events WHERE project_id = ?", (pid,)).fetchone()[0]
    payloads = "\n".join(r[0] for r in db.execute("SELECT payload FROM events WHERE project_id = ?", (pid,)))
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    missing = [t for t in out["edits"] + solo["edits"] if t not in payloads]
    lost = (out["writes"] + solo["writes"] - (events_after - events_before)) + len(missing)
    solo_all = [t for values in solo["latency"].values() for t in values]

    writes = [t for k in ("edit", "approve", "bookmark") for t in out["latency"][k]]
    everything = writes + out["latency"]["read"]
    reference = direct(workspace, min(len(writes), 1000))

    total = len(everything) + len(out["errors"])
    print(
        f"review server load: {opts.clients} concurrent clients x {opts.actions} requests on a "
        f"{opts.rows}-row project, loopback, {os.cpu_count()} CPU(s)\n"
    )
    print("| requests | count | p50 | p95 | p99 | max |")
    print("|---|---|---|---|---|---|")
    for name, values in (
        ("edit", out["latency"]["edit"]),
        ("approve", out["latency"]["approve"]),
        ("bookmark", out["latency"]["bookmark"]),
        ("state (50 rows)", out["latency"]["read"]),
        ("all over HTTP", everything),
        ("one reviewer alone afterwards", solo_all),
        ("reference: Python API, 1 thread", reference),
    ):
        print(
            f"| {name} | {len(values)} | {pct(values, 0.5):.1f} ms | {pct(values, 0.95):.1f} ms "
            f"| {pct(values, 0.99):.1f} ms | {max(values, default=0) * 1000:.1f} ms |"
        )
    print(
        f"\n{total} requests in {out['seconds']:.1f} s ({total / out['seconds']:.0f}/s); "
        f"{out['writes'] + solo['writes']} acknowledged writes in all, {events_after - events_before} new events, "
        f"{len(out['errors']) + len(solo['errors'])} errors, integrity {integrity}"
    )
    for line in out["errors"][:5]:
        print("error:", line)
    print(
        f"clients={opts.clients} requests={total} writes={out['writes']} lost={lost} "
        f"errors={len(out['errors']) + len(solo['errors'])} "
        f"throughput_per_s={total / out['seconds']:.0f} p50_ms={pct(everything, 0.5):.1f} "
        f"p95_ms={pct(everything, 0.95):.1f} p99_ms={pct(everything, 0.99):.1f} "
        f"write_p95_ms={pct(writes, 0.95):.1f} solo_p50_ms={pct(solo_all, 0.5):.1f} "
        f"solo_p95_ms={pct(solo_all, 0.95):.1f} direct_p50_ms={statistics.median(reference) * 1000:.2f} "
        f"integrity={integrity}"
    )


if __name__ == "__main__":
    main()
