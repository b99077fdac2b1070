"""A project with a second target: its links live beside the first target's without disturbing them."""

from __future__ import annotations

from pathlib import Path

from workbench.model import Document, Link, Paragraph, Role, Segment
from workbench.store import Store
from workbench.targets import ADDED_TRANSLATION
from workbench.translations import targets


def _doc(texts: list[str], lang: str, role: Role, added: bool = False) -> Document:
    text = " ".join(texts)
    segs, pos = [], 0
    for t in texts:
        segs.append(Segment(t, lang, pos, pos + len(t)))
        pos += len(t) + 1
    meta = {ADDED_TRANSLATION: True} if added else {}
    return Document(
        text=text, lang=lang, paragraphs=[Paragraph(text, 0, len(text), segments=segs)], role=role, meta=meta
    )


def test_links_to_a_second_target_stay_out_of_the_first_targets_views(tmp_path: Path) -> None:
    store = Store(tmp_path / "workbench.db")
    pid = store.create_project("lettre").id
    fr = store.add_document(pid, _doc(["Bonjour.", "Merci."], "fr", Role.SOURCE))
    en = store.add_document(pid, _doc(["Hello.", "Thanks."], "en", Role.TARGET))
    de = store.add_document(pid, _doc(["Hallo.", "Danke."], "de", Role.TARGET, added=True))
    src = [s.id or 0 for s in fr.segments]
    store.replace_links(pid, [Link([s], [t.id or 0], 0.9) for s, t in zip(src, en.segments, strict=True)])
    english = store.links(pid)
    store.replace_links(
        pid, [Link([s], [t.id or 0], 0.8) for s, t in zip(src, de.segments, strict=True)], target_document=de.id
    )

    assert store.links(pid) == english, "adding the German replaced none of the English links"
    german = store.links(pid, de.id)
    assert [lk.target_document for lk in german] == [de.id, de.id]
    assert store.count_links(pid) == 2 and len(store.review_links(pid)) == 2
    assert {lk.id for lk in store.links_holding(pid, src).values()} == {lk.id for lk in english}
    window, _ = store.link_window(pid, german[0].id or 0)
    assert [lk.id for lk in window] == [lk.id for lk in german]
    assert [(t.lang, t.link_target) for t in targets(store, pid)] == [("en", None), ("de", de.id)]

    store.undo(pid)
    assert store.links(pid, de.id) == [] and store.links(pid) == english
