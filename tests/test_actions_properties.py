"""Whatever sequence of actions a reviewer takes, every sentence stays in exactly one row and undo
brings the project back exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from review_example import example_project

from workbench import actions
from workbench.errors import InputError
from workbench.store import Store

OPS = ["move_up", "move_down", "shift_up", "shift_down", "insert_empty", "merge_rows", "split", "join", "edit"]

step = st.tuples(st.sampled_from(OPS), st.integers(0, 40), st.sampled_from(["src", "tgt"]), st.integers(1, 60))


def snapshot(store: Store, pid: int) -> list[tuple[list[str], list[str], str]]:
    segs = store.review_segments(pid)
    return [([segs[i][0] for i in r.src], [segs[i][0] for i in r.tgt], r.status) for r in store.review_links(pid)]


def check_invariants(store: Store, pid: int) -> None:
    segs = store.review_segments(pid)
    seen: list[int] = []
    for r in store.review_links(pid):
        src, tgt = r.src, r.tgt
        assert src or tgt, "a row with nothing in it was left behind"
        seen += src + tgt
        assert all(segs[i][2] == "source" for i in src) and all(segs[i][2] == "target" for i in tgt)
    assert sorted(seen) == sorted(segs), "a sentence is missing from the rows or listed twice"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(step, min_size=1, max_size=10))
def test_random_review_sessions_keep_every_sentence_once_and_undo_restores_everything(steps: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open_workspace(Path(tmp))
        pid = example_project(store).id
        original = snapshot(store, pid)
        done = 0
        for op, row, side, offset in steps:
            links = store.links(pid)
            link = links[row % len(links)]
            ids = link.src if side == "src" else link.tgt
            try:
                if op == "move_up":
                    actions.move_first_up(store, pid, link.id or 0, side)
                elif op == "move_down":
                    actions.move_last_down(store, pid, link.id or 0, side)
                elif op in ("shift_up", "shift_down"):
                    actions.shift_side(store, pid, link.id or 0, side, op.split("_")[1])
                elif op == "insert_empty":
                    actions.insert_empty(store, pid, link.id or 0, side)
                elif op == "merge_rows":
                    actions.merge_next(store, pid, link.id or 0)
                elif op == "split" and ids:
                    actions.split_segment(store, pid, ids[0], offset)
                elif op == "join" and ids:
                    actions.merge_segments(store, pid, ids[0])
                elif op == "edit" and ids:
                    actions.edit_text(store, pid, [(ids[-1], f"Edited sentence {offset}.")])
                else:
                    continue
            except InputError:
                continue  # refused (first row, empty side...): nothing may have changed
            done += 1
            check_invariants(store, pid)
        for _ in range(done):
            actions.undo(store, pid)
        assert snapshot(store, pid) == original
        store.close()
