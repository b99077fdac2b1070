"""Numbered headings that match on both sides anchor the alignment; page furniture never does."""

from __future__ import annotations

from workbench.align.structure import Structure, structure_label


def test_numbered_headings_get_the_same_label_in_every_language() -> None:
    assert structure_label("Chapitre 3 – Les recommandations") == structure_label("Chapter 3 – Recommendations")
    assert structure_label("Kapitel III – Empfehlungen") == "worded:3"
    assert structure_label("12. Le Conseil décide…") == structure_label("12. The Council decides…") == "num:12"
    assert structure_label("Article 4") == structure_label("Art. 4")
    assert structure_label("Le réseau compte trente mille kilomètres.") is None
    assert structure_label("2", "page-furniture") is None, "a page number is not a heading"


def test_headings_found_once_on_each_side_become_anchors_and_win_over_crossing_matches() -> None:
    src = ["Chapitre 1 – A", "x", "Chapitre 2 – B", "y", "Chapitre 3 – C", "z"]
    tgt = ["Chapter 1 – A", "x", "Chapter 3 – C", "z"]
    kinds_s, kinds_t = ["heading", "text"] * 3, ["heading", "text"] * 2
    structure = Structure.of(src, tgt, kinds_s, kinds_t)
    assert structure.pairs() == [(0, 0), (4, 2)]
    # An embedding anchor that crosses the chapter 3 heading (source 3 with target 3) gives way.
    assert structure.apply([(1, 1), (3, 3)]) == [(0, 0), (1, 1), (4, 2)]


def test_page_furniture_never_anchors_even_when_its_text_matches() -> None:
    src = ["Rapport annuel", "Le texte.", "Rapport annuel", "La suite."]
    tgt = ["Rapport annuel", "The text.", "The rest."]
    structure = Structure.of(
        src, tgt, ["page-furniture", "text", "page-furniture", "text"], ["page-furniture", "text", "text"]
    )
    assert structure.apply([(0, 0), (1, 1), (3, 2)]) == [(1, 1), (3, 2)]
