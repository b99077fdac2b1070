"""Glossary terms and numbers that survive machine translation.

Three ways were measured with an MT look-alike (`tests/support/mtstub.py`, which
translates word by word, garbles unknown capitalised words, reformats and
moves numbers and sometimes drops one), see `benchmarks/draft_qa.py`:

- "mask": each term and number becomes a placeholder number the model copies
  (sentencepiece keeps digits intact), restored after decoding, in English
  number format. Exact when the placeholder comes back, lost when it is dropped.
- "repair": translate as is, then find how the model rendered each term (by
  translating the term alone) and replace that with the glossary's rendering.
  Fails whenever the model renders a term differently in context.
- "hybrid" (the default): mask; for the drafts where a placeholder went
  missing, translate the unmasked sentence and repair it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workbench.numbers import french_numbers, readings, to_english
from workbench.terms.matching import TermMatcher
from workbench.terms.model import Glossary, Term
from workbench.terms.text import pluralize_en

TranslateFn = Callable[[list[str]], list[str]]
EnforcedFn = Callable[[list[str]], tuple[list[str], list[list[str]]]]
STRATEGIES = ("hybrid", "mask", "repair")

# Four-digit numbers rarely seen in running text, tried in this order; the ones a sentence
# already contains are skipped so a placeholder never meets a real number.
_PLACEHOLDERS = [str(n) for n in range(7301, 9999, 7)]


@dataclass
class _Slot:
    placeholder: str
    replacement: str
    term: Term | None


@dataclass
class _Masked:
    text: str
    slots: list[_Slot] = field(default_factory=list)


def _placeholder_pattern(ph: str) -> re.Pattern[str]:
    # The model may group the digits ("7,301", "7 301"): accept any one separator after the first digit.
    return re.compile(rf"(?<![\d.,]){ph[0]}[,.\u00a0\u202f ]?{ph[1:]}(?![\d])")


def _mask(text: str, matcher: TermMatcher, protect_numbers: bool) -> _Masked:
    spans: list[tuple[int, int, str, Term | None]] = []
    for m in matcher.find(text):
        term = m.term
        # Do-not-translate terms keep the segment's own spelling; a plural in French makes the English plural.
        replacement = m.text if term.dnt else pluralize_en(term.target) if m.plural else term.target
        spans.append((m.start, m.end, replacement, term))
    if protect_numbers:
        for n in french_numbers(text):
            if all(n.end <= s or n.start >= e for s, e, _, _ in spans):
                spans.append((n.start, n.end, to_english(n.text), None))
    spans.sort(key=lambda span: span[0])
    free = (p for p in _PLACEHOLDERS if p not in text)
    out: list[str] = []
    slots: list[_Slot] = []
    pos = 0
    for start, end, replacement, owner in spans:
        ph = next(free, None)
        if ph is None:  # hundreds of numbers in one sentence: leave the rest to the model
            break
        out += [text[pos:start], ph]
        slots.append(_Slot(ph, replacement, owner))
        pos = end
    out.append(text[pos:])
    return _Masked("".join(out), slots)


def _restore(draft: str, masked: _Masked) -> tuple[str, list[_Slot]]:
    """Put the slots back; returns the draft and the slots whose placeholder never came back."""
    missing: list[_Slot] = []
    for slot in masked.slots:
        m = _placeholder_pattern(slot.placeholder).search(draft)
        if m is None:
            missing.append(slot)
            continue
        replacement = slot.replacement
        if slot.term is not None and not slot.term.dnt and not draft[: m.start()].strip(" \"'“«‘(—-"):
            replacement = replacement[:1].upper() + replacement[1:]
        draft = draft[: m.start()] + replacement + draft[m.end() :]
    return draft, missing


def _word_pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _repair(
    draft: str, terms: Sequence[Term], rendered: dict[str, str], target_matcher: TermMatcher
) -> tuple[str, list[str]]:
    """Replace the model's own rendering of each term with the glossary's."""
    applied: list[str] = []
    for term in terms:
        if any(m.term.id == term.id for m in target_matcher.find(draft)):
            applied.append(term.id)
            continue
        mt = rendered.get(term.source, "").strip().rstrip(".")
        if not mt:
            continue
        m = _word_pattern(mt).search(draft)
        if m is None:
            continue
        replacement = term.rendering
        if m.group()[:1].isupper() and not term.dnt:
            replacement = replacement[:1].upper() + replacement[1:]
        draft = draft[: m.start()] + replacement + draft[m.end() :]
        applied.append(term.id)
    return draft, applied


def _kept(source: str, draft: str, applied: list[str]) -> int:
    found = readings(draft)
    return len(applied) + sum(1 for n in french_numbers(source) if n.value in found)


def enforce(
    translate_fn: TranslateFn,
    glossary: Glossary | None,
    *,
    strategy: str = "hybrid",
    protect_numbers: bool = True,
) -> EnforcedFn:
    """Wrap `translate_fn` so that glossary terms and numbers come through.

    The wrapped function returns the drafts and, per draft, the ids of the
    glossary terms applied in it (in source order).
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    terms = glossary.terms if glossary is not None else []
    source_matcher = TermMatcher(terms, "fr")
    target_matcher = TermMatcher(terms, "en")

    def render_terms(needed: set[str]) -> dict[str, str]:
        ordered = sorted(needed)
        return dict(zip(ordered, translate_fn(ordered), strict=True)) if ordered else {}

    def run(texts: list[str]) -> tuple[list[str], list[list[str]]]:
        texts = list(texts)
        if not texts:
            return [], []
        matched = [[m.term for m in source_matcher.find(t)] for t in texts]
        drafts: list[str] = [""] * len(texts)
        applied: list[list[str]] = [[] for _ in texts]
        to_repair: list[int] = []
        if strategy == "repair":
            drafts = list(translate_fn(texts))
            to_repair = [i for i, ts in enumerate(matched) if ts]
        else:
            masked = [_mask(t, source_matcher, protect_numbers) for t in texts]
            outputs = translate_fn([m.text for m in masked])
            for i, (out, mk) in enumerate(zip(outputs, masked, strict=True)):
                draft, missing = _restore(out, mk)
                drafts[i] = draft
                applied[i] = [s.term.id for s in mk.slots if s.term is not None and s not in missing]
                if missing and strategy == "hybrid":
                    to_repair.append(i)
        if not to_repair:
            return drafts, applied
        plain = (
            list(translate_fn([texts[i] for i in to_repair]))
            if strategy == "hybrid"
            else [drafts[i] for i in to_repair]
        )
        rendered = render_terms({t.source for i in to_repair for t in matched[i]})
        for i, out in zip(to_repair, plain, strict=True):
            repaired, repaired_terms = _repair(out, matched[i], rendered, target_matcher)
            # Hybrid keeps whichever draft carries more of the sentence's terms and numbers.
            if strategy == "repair" or _kept(texts[i], repaired, repaired_terms) > _kept(
                texts[i], drafts[i], applied[i]
            ):
                drafts[i], applied[i] = repaired, repaired_terms
        return drafts, applied

    return run
