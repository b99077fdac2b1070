"""Sentence segmentation for French and English; rules are per-language data (`rules/*.json`).

`segment_document()` fills every paragraph of a Document with its sentences;
`split_sentences()` splits one clean paragraph; `srx_rules()` gives the same
rules as SRX break/no-break rules for export.
"""

from __future__ import annotations

from workbench.model import SET_ASIDE_KINDS, Document, Paragraph, Segment, is_set_aside
from workbench.segment.splitter import ends_like_a_sentence, split_sentences
from workbench.segment.srx import srx_rules

__all__ = ["ends_like_a_sentence", "segment_document", "split_sentences", "srx_rules"]

# Paragraph kinds that are one segment each, never split: a signature line
# "(Signé) N. Danenov" must not break at the initial, and a footnote or a running
# header is one piece set aside, whatever its punctuation.
_MAX_SKIPPED = 8  # raw characters a clean one may lie past: a footnote mark, a hyphen, a bullet
_UNSPLIT = frozenset({"signature"}) | SET_ASIDE_KINDS


def _too_far(skipped: str) -> bool:
    """More than a mark, a hyphen or a bullet lies between two characters of the clean text."""
    words = skipped.split()
    return len(words) > 1 or bool(words) and len(words[0]) > _MAX_SKIPPED


def _raw_positions(clean: str, raw: str, base: int) -> list[int]:
    """Offset in the document of every character of `clean`.

    The clean paragraph is the raw span with wraps turned into spaces, line-end
    hyphens and footnote marks removed, so its non-space characters appear in
    order in the raw text: a greedy left-to-right match finds them. A character
    the reader put back (the hyphen of "Port-Lune" that the PDF extraction lost)
    is not searched for further than a few characters on, so it cannot pull the
    rest of the paragraph off its place.
    """
    if clean == raw:
        return list(range(base, base + len(clean)))
    out: list[int] = []
    j = 0
    for ch in clean:
        if ch.isspace():
            out.append(base + j)
            continue
        k = raw.find(ch, j)
        if k < 0 or k > j + 1 and _too_far(raw[j:k]):
            out.append(base + j)  # not in the file here: a character the reader restored
            continue
        out.append(base + k)
        j = k + 1
    return out


def _masked_text(doc: Document) -> str:
    """The document text with page furniture and footnotes blanked out.

    A paragraph that runs over a page break has the page's footer, notes and
    next header inside its span; blanking them keeps sentence spans off them.
    """
    furniture = [p for p in doc.paragraphs if is_set_aside(p.kind)]
    if not furniture:
        return doc.text
    parts: list[str] = []
    pos = 0
    for p in sorted(furniture, key=lambda p: p.start):
        parts += [doc.text[pos : p.start], " " * (p.end - p.start)]
        pos = p.end
    parts.append(doc.text[pos:])
    return "".join(parts)


def _segment_paragraph(doc: Document, index: int, par: Paragraph, masked: str) -> list[Segment]:
    if not par.text.strip():
        return []
    text = doc.text if is_set_aside(par.kind) else masked
    spans = [(0, len(par.text))] if par.kind in _UNSPLIT else split_sentences(par.text, doc.lang)
    positions = _raw_positions(par.text, text[par.start : par.end], par.start)
    segments = []
    for a, b in spans:
        sentence = par.text[a:b].strip()
        if not sentence:
            continue
        a += len(par.text[a:b]) - len(par.text[a:b].lstrip())
        b -= len(par.text[a:b]) - len(par.text[a:b].rstrip())
        segments.append(Segment(sentence, doc.lang, positions[a], positions[b - 1] + 1, paragraph=index, kind=par.kind))
    return segments


def segment_document(document: Document) -> Document:
    """Fill every paragraph of `document` with its sentences (spans into document.text).

    A document that already has segments (read with `read_presegmented`) is
    returned unchanged.
    """
    if any(par.segments for par in document.paragraphs):
        return document
    text = _masked_text(document)
    for index, par in enumerate(document.paragraphs):
        par.segments = _segment_paragraph(document, index, par, text)
    return document
