"""Whatever text comes in, segmentation never raises, loses, reorders or misplaces a character."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.model import is_set_aside
from workbench.readers import document_from_text
from workbench.segment import segment_document, split_sentences

# Text that looks like documents: words, punctuation that matters to the rules, quotes, line breaks.
_PIECES = [
    "M.",
    "Mme",
    "art.",
    "p.",
    "U.S.",
    "etc.",
    "N.",
    "1.400",
    "3.5",
    "«",
    "»",
    "“",
    "”",
    '"',
    "(",
    ")",
    "?",
    "!",
    "...",
    "…",
    ":",
    ";",
    "-",
    "dé-",
    "ci-",
    "1.",
    "a)",
    "(Signé)",
    "L’Ambassadeur,",
    "le",
    "Traité",
    "word",
    "The",
    "i",
    "h.varga@valdorie.example",
    "www.onu.org",
] + ["13 400", "\n", "\n\n", "\n \n", "   ", "\f", "\t"]
_pieces = st.sampled_from(_PIECES)
_text = st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=40).map(" ".join)
_fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _nonspace(s: str) -> str:
    return "".join(s.split())


def _unhyphenated(s: str) -> str:
    """Non-space characters bar hyphens, which the rebuild may drop at line ends (dé-/penses)."""
    return _nonspace(s).replace("-", "").replace("\u00ad", "")


@_fast
@given(_text, st.sampled_from(["fr", "en"]))
def test_split_sentences_covers_the_paragraph_in_order(text: str, lang: str) -> None:
    spans = split_sentences(text, lang)
    assert _nonspace("".join(text[a:b] for a, b in spans)) == _nonspace(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b


@_fast
@given(_text, st.sampled_from(["fr", "en", None]))
def test_segment_document_keeps_every_character_and_points_at_it(text: str, lang: str | None) -> None:
    doc = segment_document(document_from_text(text, lang))
    furniture = [p for p in doc.paragraphs if is_set_aside(p.kind)]
    masked = list(doc.text)  # a paragraph over a page break holds the page number: look past it
    for p in furniture:
        assert [s.kind for s in p.segments] == [p.kind], "a page header or footnote is one segment, kept"
        masked[p.start : p.end] = " " * (p.end - p.start)
    shown = "".join(masked)
    last = 0
    for par in doc.paragraphs:
        if is_set_aside(par.kind):
            continue
        for seg in par.segments:
            assert last <= seg.start < seg.end <= len(doc.text)
            last = seg.end
            # the span shows the sentence as in the file: same characters, bar wraps and line-end hyphens
            assert _unhyphenated(shown[seg.start : seg.end]) == _unhyphenated(seg.text)
        assert _unhyphenated(" ".join(s.text for s in par.segments)) == _unhyphenated(shown[par.start : par.end])
    # nothing is lost: segments and page furniture hold every character of the file
    segmented = _unhyphenated("".join(s.text for s in doc.segments))
    aside = _unhyphenated("".join(s.text for p in furniture for s in p.segments))
    assert len(segmented) + len(aside) == len(_unhyphenated(text))
