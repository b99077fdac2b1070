"""Glossary terms and numbers survive machine translation, and each draft says which terms it applied."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.mtstub import StubMT

from workbench.terms import Glossary, Term, enforce

GLOSSARY = Glossary(
    "g",
    [
        Term("Conseil d’État", "Council of State"),
        Term("droit de l’homme", "human right"),
        Term("Euratom", "Euratom", dnt=True),
        Term("Bruxelles", "Bruxelles", dnt=True),
    ],
)
DICTIONARY = {"le": "the", "la": "the", "les": "the", "l": "the", "de": "of", "d": "of", "et": "and",
              "à": "in", "a": "has", "publié": "published", "avis": "opinions", "en": "in", "conseil": "council",
              "état": "state", "droits": "rights", "homme": "man", "signé": "signed", "siège": "sits"}  # fmt: skip


def identity(texts: list[str]) -> list[str]:
    return list(texts)


def test_fixed_translations_and_do_not_translate_terms_appear_in_the_draft() -> None:
    mt = StubMT(DICTIONARY, synonyms={"conseil": "board"}, context_rate=1.0, garble_rate=1.0, drop_rate=0.0)
    plain = mt(["Euratom et le Conseil d’État siègent à Bruxelles."])[0]
    assert "Euratom" not in plain and "Council of State" not in plain  # the raw model garbles both

    drafts, applied = enforce(mt, GLOSSARY)(["Euratom et le Conseil d’État siègent à Bruxelles."])
    assert "Euratom" in drafts[0] and "Council of State" in drafts[0] and "Bruxelles" in drafts[0]
    assert [GLOSSARY.by_id(i).source for i in applied[0]] == ["Euratom", "Conseil d’État", "Bruxelles"]


def test_numbers_come_through_in_english_format() -> None:
    drafts, applied = enforce(identity, GLOSSARY)(["Il a versé 13 400,50 euros le 3 mars 2025, soit 3,5 %."])
    assert drafts == ["Il a versé 13,400.50 euros le 3 mars 2025, soit 3.5 %."]
    assert applied == [[]]


def test_a_plural_in_french_gives_a_plural_in_english_and_a_term_at_the_start_is_capitalised() -> None:
    drafts, _ = enforce(identity, GLOSSARY)(["Droits de l’homme : le droit de l’homme."])
    assert drafts == ["Human rights : le human right."]


def test_placeholders_survive_grouping_and_moves() -> None:
    mt = StubMT(DICTIONARY, group_rate=1.0, move_rate=1.0, drop_rate=0.0)
    drafts, applied = enforce(mt, GLOSSARY, strategy="mask")(["Le Conseil d’État a publié 1 250 avis en 2023."])
    assert "Council of State" in drafts[0]
    assert "1,250" in drafts[0] and "2023" in drafts[0]
    assert not re.search(r"\b[789],?\d{3}\b", drafts[0])  # no placeholder left behind
    assert len(applied[0]) == 1


def test_when_the_model_drops_a_placeholder_hybrid_falls_back_to_repair() -> None:
    mt = StubMT(DICTIONARY, drop_rate=1.0, garble_rate=0.0)  # every number, placeholders included, is lost
    text = "Le Conseil d’État siège."
    masked_only, applied_mask = enforce(mt, GLOSSARY, strategy="mask")([text])
    assert "Council of State" not in masked_only[0] and applied_mask == [[]]
    drafts, applied = enforce(mt, GLOSSARY)([text])
    assert "Council of State" in drafts[0]
    assert applied == [[GLOSSARY.terms[0].id]]


def test_repair_uses_how_the_model_renders_the_term_alone() -> None:
    mt = StubMT(DICTIONARY, garble_rate=0.0)
    drafts, applied = enforce(mt, GLOSSARY, strategy="repair")(["Le Conseil d’État siège."])
    assert drafts[0].startswith("The Council of State")
    assert applied == [[GLOSSARY.terms[0].id]]


def test_without_a_glossary_the_wrapper_still_protects_numbers_and_batches_once() -> None:
    calls: list[list[str]] = []

    def spy(texts: list[str]) -> list[str]:
        calls.append(texts)
        return list(texts)

    drafts, applied = enforce(spy, None)(["Un.", "Deux 2 000."])
    assert drafts == ["Un.", "Deux 2,000."]
    assert applied == [[], []]
    assert len(calls) == 1


def test_unknown_strategy_is_refused() -> None:
    with pytest.raises(ValueError, match="hybrid"):
        enforce(identity, GLOSSARY, strategy="magic")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_placeholders_never_leak_and_untouched_text_stays_as_is(texts: list[str]) -> None:
    drafts, applied = enforce(identity, GLOSSARY)(texts)
    assert len(drafts) == len(applied) == len(texts)
    plain, _ = enforce(identity, None, protect_numbers=False)(texts)
    assert plain == texts
    for text, draft in zip(texts, drafts, strict=True):
        assert len(re.findall(r"[789]\d{3}", draft)) <= len(re.findall(r"[789]\d{3}", text))
