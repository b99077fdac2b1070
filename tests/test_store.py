"""The project store keeps a translator's work: migrations, transactions, undo, crashes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench import ConflictError, Document, InputError, Link, LinkStatus, Paragraph, Role, Segment, Store
from workbench.errors import StoreError
from workbench.store import SCHEMA_VERSION


def _doc(texts: list[str], lang: str, role: Role) -> Document:
    text = " ".join(texts)
    segs, pos = [], 0
    for t in texts:
        segs.append(Segment(t, lang, pos, pos + len(t)))
        pos += len(t) + 1
    return Document(text=text, lang=lang, paragraphs=[Paragraph(text, 0, len(text), segments=segs)], role=role)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Store, int, list[int], list[int]]:
    store = Store(tmp_path / "ws" / "workbench.db")
    proj = store.create_project("lettre", "fr", "en")
    fr = store.add_document(proj.id, _doc(["Bonjour.", "Merci.", "Au revoir."], "fr", Role.SOURCE))
    en = store.add_document(proj.id, _doc(["Hello.", "Thanks.", "Goodbye."], "en", Role.TARGET))
    src = [s.id for s in fr.segments if s.id is not None]
    tgt = [s.id for s in en.segments if s.id is not None]
    store.replace_links(proj.id, [Link([a], [b], 0.9) for a, b in zip(src, tgt, strict=True)])
    return store, proj.id, src, tgt


def test_new_workspace_is_migrated_to_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    store = Store.open_workspace(tmp_path / "fresh")
    assert store.schema_version == SCHEMA_VERSION
    assert (tmp_path / "fresh" / "workbench.db").exists()
    mode = sqlite3.connect(tmp_path / "fresh" / "workbench.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert store.integrity_check() == "ok"
    store.close()
    # Opening again does not re-run migrations or lose anything.
    again = Store.open_workspace(tmp_path / "fresh")
    assert again.schema_version == SCHEMA_VERSION


def test_a_database_from_a_newer_workbench_is_refused_clearly(tmp_path: Path) -> None:
    db = tmp_path / "workbench.db"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    with pytest.raises(StoreError, match="newer workbench"):
        Store(db)


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "workbench.db"
    db.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(StoreError, match="not a workbench database"):
        Store(db)


def test_documents_and_segments_come_back_as_stored(project: tuple[Store, int, list[int], list[int]]) -> None:
    store, pid, src, _ = project
    docs = store.documents(pid, Role.SOURCE)
    assert [s.text for s in docs[0].segments] == ["Bonjour.", "Merci.", "Au revoir."]
    assert [s.id for s in docs[0].segments] == src
    seg = docs[0].segments[1]
    assert docs[0].text[seg.start : seg.end] == "Merci."


def test_a_failing_transaction_leaves_nothing_behind(project: tuple[Store, int, list[int], list[int]]) -> None:
    store, pid, _, _ = project
    before = store.links(pid)
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("DELETE FROM links WHERE project_id = ?", (pid,))
        raise RuntimeError("power cut")
    assert store.links(pid) == before


def test_a_review_action_is_undone_and_redone_and_survives_reopening(
    project: tuple[Store, int, list[int], list[int]], tmp_path: Path
) -> None:
    store, pid, _, _ = project
    first = store.links(pid)[0]
    assert first.id is not None
    store.apply(pid, "approve", {"links": {first.id: {"status": "approved"}}})
    assert store.link(first.id).status is LinkStatus.APPROVED
    store.close()

    store = Store(tmp_path / "ws" / "workbench.db")
    assert store.link(first.id).status is LinkStatus.APPROVED
    assert store.undo(pid) is not None
    assert store.link(first.id).status is LinkStatus.PROPOSED
    assert store.redo(pid) is not None
    assert store.link(first.id).status is LinkStatus.APPROVED
    kinds = [e.kind for e in store.events(pid)]
    assert kinds == ["align", "approve", "undo", "redo"]


def test_undo_of_a_merge_restores_both_rows(project: tuple[Store, int, list[int], list[int]]) -> None:
    store, pid, src, tgt = project
    a, b = store.links(pid)[:2]
    assert a.id is not None and b.id is not None
    merged = Link(a.src + b.src, a.tgt + b.tgt, None, LinkStatus.EDITED, position=a.position)
    store.apply(pid, "merge", {"links": {a.id: Store.link_row(pid, merged), b.id: None}})
    assert [lk.kind for lk in store.links(pid)] == ["2:2", "1:1"]
    store.undo(pid)
    assert [(lk.src, lk.tgt) for lk in store.links(pid)] == [([s], [t]) for s, t in zip(src, tgt, strict=True)]
    # A new action after an undo clears the redo stack, as editors do.
    store.apply(pid, "approve", {"links": {a.id: {"status": "approved"}}})
    assert store.redo(pid) is None


def test_new_rows_get_ids_and_undo_removes_them(project: tuple[Store, int, list[int], list[int]]) -> None:
    store, pid, src, _ = project
    row = Store.link_row(pid, Link([src[0]], [], None, position=0.5))
    event = store.apply(pid, "insert", {"links": {-1: row}})
    new_id = event.new_ids["links"][-1]
    assert store.link(new_id).kind == "1:0"
    store.undo(pid)
    assert new_id not in {lk.id for lk in store.links(pid)}


def test_a_stale_tab_gets_a_conflict_not_a_silent_overwrite(
    project: tuple[Store, int, list[int], list[int]],
) -> None:
    store, pid, _, _ = project
    seen = store.project(pid).version
    lk = store.links(pid)[0]
    assert lk.id is not None
    store.apply(pid, "approve", {"links": {lk.id: {"status": "approved"}}}, expected_version=seen)
    with pytest.raises(ConflictError, match="changed since"):
        store.apply(pid, "reject", {"links": {lk.id: {"status": "rejected"}}}, expected_version=seen)
    assert store.link(lk.id).status is LinkStatus.APPROVED


def test_project_names_that_could_escape_a_folder_are_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "workbench.db")
    for bad in ["../evil", "a/b", "", "  ", ".hidden", "x" * 200, "nul\0byte"]:
        with pytest.raises(InputError):
            store.create_project(bad)
    store.create_project("Lettre du 5 janvier")
    with pytest.raises(InputError, match="already exists"):
        store.create_project("Lettre du 5 janvier")


def test_another_project_links_cannot_be_touched(project: tuple[Store, int, list[int], list[int]]) -> None:
    store, pid, _, _ = project
    other = store.create_project("other")
    lk = store.links(pid)[0]
    assert lk.id is not None
    with pytest.raises(InputError, match="another project"):
        store.apply(other.id, "approve", {"links": {lk.id: {"status": "approved"}}})


def _reader(db: str, stop_at: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    store = Store(db)
    counts = []
    while time.time() < stop_at:
        counts.append(len(store.links(1)))
    out.put(counts)


def test_readers_see_whole_transactions_while_a_writer_works(
    project: tuple[Store, int, list[int], list[int]], tmp_path: Path
) -> None:
    store, pid, src, tgt = project
    db = str(tmp_path / "ws" / "workbench.db")
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_reader, args=(db, time.time() + 2.0, queue))
    proc.start()
    # Each write replaces 3 links by 6 or 6 by 3: a reader must never see anything in between.
    end = time.time() + 1.5
    n = 0
    while time.time() < end:
        size = 6 if n % 2 == 0 else 3
        store.replace_links(pid, [Link([src[i % 3]], [tgt[i % 3]], 0.5) for i in range(size)])
        n += 1
    counts = queue.get(timeout=30)
    proc.join(timeout=30)
    assert n > 5 and len(counts) > 5
    assert set(counts) <= {3, 6}


WRITER = r"""
import sys
from workbench import Store, Link
store = Store(sys.argv[1])
pid = store.project("lettre").id
links = store.links(pid)[:3]
i = 0
while True:
    i += 1
    # A batch of many rows in one transaction: a kill lands mid-batch most of the time.
    store.replace_links(pid, [Link(l.src, l.tgt, (i % 100) / 100) for l in links] * 200)
    print(i, flush=True)
"""


def test_a_writer_killed_mid_batch_leaves_a_consistent_database(
    project: tuple[Store, int, list[int], list[int]], tmp_path: Path
) -> None:
    store, pid, _, _ = project
    db = tmp_path / "ws" / "workbench.db"
    store.close()
    for attempt in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()  # at least one batch committed
        time.sleep(0.05 * (attempt + 1))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reopened = Store(db)
        assert reopened.integrity_check() == "ok"
        links = reopened.links(pid)
        # Every committed state has 600 links with one score; a torn batch would show a mix.
        assert len(links) == 600
        assert len({lk.score for lk in links}) == 1
        reopened.close()
