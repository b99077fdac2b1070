"""A translator fixes an alignment with the core review actions; every action is one undoable event."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_example import example_project

from workbench import actions
from workbench.errors import ConflictError, InputError, NotFoundError
from workbench.model import LinkStatus
from workbench.store import Store


@pytest.fixture
def lettre(tmp_path: Path) -> tuple[Store, int]:
    store = Store.open_workspace(tmp_path / "ws")
    return store, example_project(store).id


def texts(store: Store, pid: int) -> list[tuple[str, str]]:
    """The rows as a person sees them: (French, English), sentences joined by " | "."""
    segs = store.project_segments(pid)
    return [
        (" | ".join(segs[i][0].text for i in lk.src), " | ".join(segs[i][0].text for i in lk.tgt))
        for lk in store.links(pid)
    ]


def short(store: Store, pid: int) -> list[tuple[str, str]]:
    """Rows by the first word of each sentence, so expectations stay readable."""
    return [
        (
            " | ".join(s.split()[0] for s in fr.split(" | ") if s),
            " | ".join(s.split()[0] for s in en.split(" | ") if s),
        )
        for fr, en in texts(store, pid)
    ]


def ids(store: Store, pid: int) -> list[int]:
    return [lk.id or 0 for lk in store.links(pid)]


def test_approve_needs_review_exclude_and_bookmark_are_saved_and_undoable(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    first, second, third = ids(store, pid)[:3]
    actions.approve(store, pid, first)
    actions.needs_review(store, pid, second)
    actions.exclude(store, pid, third)
    actions.bookmark(store, pid, third)
    statuses = [lk.status for lk in store.links(pid)[:3]]
    assert statuses == [LinkStatus.APPROVED, LinkStatus.NEEDS_REVIEW, LinkStatus.REJECTED]
    assert store.bookmarks(pid) == {third}
    actions.undo(store, pid)
    assert store.bookmarks(pid) == set()
    actions.undo(store, pid)
    assert store.link(third).status == LinkStatus.PROPOSED
    actions.redo(store, pid)
    assert store.link(third).status == LinkStatus.REJECTED
    actions.bookmark(store, pid, third, on=False)
    assert store.bookmarks(pid) == set()


def test_approve_above_approves_only_undecided_rows_down_to_the_current_one(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    actions.exclude(store, pid, row[1])
    event = actions.approve_above(store, pid, row[4])
    assert event.payload["info"]["count"] == 4
    statuses = [lk.status.value for lk in store.links(pid)]
    assert statuses[:6] == ["approved", "rejected", "approved", "approved", "approved", "proposed"]
    with pytest.raises(InputError, match="already decided"):
        actions.approve_above(store, pid, row[0])


def test_editing_text_marks_the_row_edited_and_undo_restores_the_words(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    link = store.links(pid)[6]
    seg = link.tgt[0]
    actions.edit_text(store, pid, [(seg, "Could delegations kindly confirm their participation before 30 June?")])
    assert texts(store, pid)[6][1].startswith("Could delegations kindly")
    assert store.link(link.id or 0).status == LinkStatus.EDITED
    actions.undo(store, pid)
    assert texts(store, pid)[6][1] == "Could delegations confirm their participation before 30 June?"
    assert store.link(link.id or 0).status == LinkStatus.PROPOSED


def test_moving_sentences_between_rows_and_back(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    before = texts(store, pid)
    row = ids(store, pid)
    actions.move_first_up(store, pid, row[3], "tgt")  # "Mr. Anatole..." joins the row above
    assert short(store, pid)[2:4] == [("J’ai", "I | Mr."), ("M.", "")]
    assert store.link(row[2]).status == LinkStatus.EDITED
    actions.move_last_down(store, pid, row[2], "tgt")
    assert short(store, pid)[2:4] == [("J’ai", "I"), ("M.", "Mr.")]
    actions.undo(store, pid)
    actions.undo(store, pid)
    assert texts(store, pid) == before


def test_a_row_emptied_on_both_sides_disappears_and_comes_back_with_undo(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    actions.move_first_up(store, pid, row[1], "src")
    actions.move_first_up(store, pid, row[1], "tgt")
    assert len(store.links(pid)) == 14
    assert short(store, pid)[0] == ("Genève, | Lettre", "Geneva, | Letter")
    actions.undo(store, pid)
    assert len(store.links(pid)) == 15
    assert short(store, pid)[1] == ("", "Letter")


def test_shift_side_up_and_down(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    actions.shift_side(store, pid, row[5], "src", "down")
    assert short(store, pid)[5:7] == [("", "It"), ("Elle | Les", "Could")]
    actions.shift_side(store, pid, row[6], "src", "up")
    assert short(store, pid)[5:7] == [("Elle | Les", "It"), ("", "Could")]
    # Shifting down from the last row makes a new row for it.
    actions.shift_side(store, pid, row[-1], "tgt", "down")
    assert short(store, pid)[-2:] == [("L’Ambassadeur,", ""), ("", "(Signed)")]
    with pytest.raises(InputError, match="first row"):
        actions.shift_side(store, pid, row[0], "src", "up")


def test_insert_empty_splits_a_pair_into_1_0_and_0_1_rows(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    actions.insert_empty(store, pid, row[0], "tgt")
    assert [lk.kind for lk in store.links(pid)[:3]] == ["1:0", "0:1", "1:1"]
    assert short(store, pid)[:2] == [("Genève,", ""), ("", "Geneva,")]
    with pytest.raises(InputError, match="already empty"):
        actions.insert_empty(store, pid, row[0], "tgt")
    actions.undo(store, pid)
    assert [lk.kind for lk in store.links(pid)[:2]] == ["1:1", "1:1"]


def test_merge_rows_makes_a_2_2_link(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    actions.merge_next(store, pid, row[2])
    merged = store.link(row[2])
    assert merged.kind == "2:2"
    assert merged.score is None and merged.status == LinkStatus.EDITED
    with pytest.raises(NotFoundError):
        store.link(row[3])
    with pytest.raises(InputError, match="last row"):
        actions.merge_next(store, pid, row[-1])


def test_split_a_sentence_at_the_cursor_then_merge_it_back(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    seg = store.link(row[8]).src[0]
    text = store.segments_by_id([seg])[seg].text
    cut = text.index(", dont") + 1
    actions.split_segment(store, pid, seg, cut)
    link = store.link(row[8])
    assert link.kind == "2:1"
    parts = [store.segments_by_id([i])[i].text for i in link.src]
    assert parts == [text[:cut].rstrip(), text[cut:].lstrip()]
    # The new sentence sits right after the old one in the document, before the next sentence.
    fr_doc = [s.text for s in store.documents(pid)[0].segments]
    assert fr_doc[8:10] == parts
    assert fr_doc[10].startswith("Les dépenses")
    actions.merge_segments(store, pid, seg)
    assert store.link(row[8]).kind == "1:1"
    assert store.segments_by_id([seg])[seg].text == f"{parts[0]} {parts[1]}"
    actions.undo(store, pid)
    actions.undo(store, pid)
    assert store.segments_by_id([seg])[seg].text == text
    actions.redo(store, pid)
    assert store.link(row[8]).kind == "2:1"


def test_split_with_edited_text_is_one_event(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    seg = store.links(pid)[0].tgt[0]
    before = len(store.events(pid))
    actions.split_segment(store, pid, seg, 7, text="Geneva. On 14 March 2024")
    assert len(store.events(pid)) == before + 1
    assert short(store, pid)[0] == ("Genève,", "Geneva. | On")


def test_merging_sentences_across_rows_pulls_the_next_one_in(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    first_seg = store.links(pid)[0].src[0]
    actions.merge_segments(store, pid, first_seg)
    rows = short(store, pid)
    assert rows[0] == ("Genève,", "Geneva,")
    assert texts(store, pid)[0][0].startswith("Genève, le 14 mars 2024 Lettre datée")
    assert rows[1] == ("", "Letter")


def test_search_and_replace_is_one_undoable_event(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    actions.replace_text(store, pid, "Valdoria", "Valdorie", sides=["tgt"])
    assert "Valdorie" in texts(store, pid)[1][1]
    actions.replace_text(store, pid, r"(\d+) per cent", r"\1 %", regex=True, sides=["tgt"])
    assert "60 % for" in texts(store, pid)[9][1]
    actions.undo(store, pid)
    assert "60 per cent" in texts(store, pid)[9][1]
    with pytest.raises(InputError, match="no sentence matches"):
        actions.replace_text(store, pid, "zzz", "y")
    with pytest.raises(InputError, match="invalid regular expression"):
        actions.replace_text(store, pid, "(", "y", regex=True)


def test_undo_and_redo_survive_reopening_the_store(tmp_path: Path) -> None:
    store = Store.open_workspace(tmp_path / "ws")
    pid = example_project(store).id
    row = ids(store, pid)
    actions.approve(store, pid, row[0])
    actions.merge_next(store, pid, row[1])
    store.close()
    again = Store.open_workspace(tmp_path / "ws")
    actions.undo(again, pid)
    assert len(again.links(pid)) == 15
    actions.undo(again, pid)
    assert again.link(row[0]).status == LinkStatus.PROPOSED
    with pytest.raises(InputError, match="nothing to undo"):
        for _ in range(5):
            actions.undo(again, pid)
    actions.redo(again, pid)
    assert again.link(row[0]).status == LinkStatus.APPROVED


def test_a_stale_version_is_refused_and_nothing_is_written(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    seen = store.project(pid).version
    actions.approve(store, pid, row[0], expected_version=seen)
    with pytest.raises(ConflictError, match="changed since you loaded it"):
        actions.exclude(store, pid, row[1], expected_version=seen)
    assert store.link(row[1]).status == LinkStatus.PROPOSED


def test_bad_input_gives_clear_errors(lettre: tuple[Store, int]) -> None:
    store, pid = lettre
    row = ids(store, pid)
    seg = store.links(pid)[0].src[0]
    with pytest.raises(NotFoundError, match="no row"):
        actions.approve(store, pid, 999_999)
    with pytest.raises(InputError, match="side must be"):
        actions.move_first_up(store, pid, row[1], "left")
    with pytest.raises(InputError, match="at most"):
        actions.edit_text(store, pid, [(seg, "x" * (actions.MAX_TEXT + 1))])
    with pytest.raises(InputError, match="cannot be empty"):
        actions.edit_text(store, pid, [(seg, "   ")])
    with pytest.raises(InputError, match="split point"):
        actions.split_segment(store, pid, seg, 0)
    with pytest.raises(InputError, match="unknown status"):
        actions.set_status(store, pid, [row[0]], "done")
    with pytest.raises(InputError, match="first row"):
        actions.move_first_up(store, pid, row[0], "src")
    last_fr = store.links(pid)[-1].src[0]
    with pytest.raises(InputError, match="last sentence"):
        actions.merge_segments(store, pid, last_fr)
    other = example_project(store, "autre")
    with pytest.raises(NotFoundError):
        actions.approve(store, other.id, row[0])


def test_a_workspace_from_before_bookmarks_is_upgraded_and_its_old_events_still_undo(tmp_path: Path) -> None:
    import json
    import sqlite3

    from workbench.store import MIGRATIONS, SCHEMA_VERSION

    db = tmp_path / "workbench.db"
    con = sqlite3.connect(db)
    con.executescript(MIGRATIONS[0])
    con.execute(
        "INSERT INTO projects (id, name, src_lang, tgt_lang, created_at, updated_at)"
        " VALUES (1, 'old', 'fr', 'en', 't', 't')"
    )
    old_row = {
        "project_id": 1, "position": 0.0, "src": "[]", "tgt": "[]", "score": 0.5,
        "status": "approved", "note": "", "flags": "[]", "updated_at": "t",
    }  # fmt: skip
    # A review action recorded by the first schema: it deleted link 7, whose snapshot has no bookmark column.
    payload = {"before": {"links": {"7": old_row}}, "after": {"links": {"7": None}}, "info": {}}
    con.execute(
        "INSERT INTO events (project_id, ts, kind, actor, payload) VALUES (1, 't', 'merge_rows', 'user', ?)",
        (json.dumps(payload),),
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    store = Store(db)
    assert store.schema_version == SCHEMA_VERSION
    actions.undo(store, 1)
    assert store.link(7).status == LinkStatus.APPROVED
    assert store.bookmarks(1) == set()
    actions.bookmark(store, 1, 7)
    assert store.bookmarks(1) == {7}
