"""What the review page shows for each link: texts, draft, confidence, status and flags.

Flags are computed here, in Python, so that scripts using the JSON API see the
same warnings as the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from workbench.memory.model import LABELS, ORIGIN_MEMORY, ORIGIN_MODEL, ORIGIN_NUMBERS
from workbench.numbers import digit_strings
from workbench.qa import read_back
from workbench.store import Store

LOW_RATIO, HIGH_RATIO = 0.5, 2.0
"""English is usually 0.8-1.1 times as long as French; outside these bounds something is missing."""
MIN_LENGTH_FOR_RATIO = 20


def flags(src: str, tgt: str, has_src: bool, has_tgt: bool) -> list[dict[str, str]]:
    """Warnings for one row, each with a code and the reason a person reads on hover."""
    out: list[dict[str, str]] = []
    if not has_src or not has_tgt:
        side = "French" if not has_src else "English"
        out.append({"code": "empty", "reason": f"the {side} side is empty (nothing is aligned with it)"})
        return out
    ls, lt = len(src), len(tgt)
    if max(ls, lt) >= MIN_LENGTH_FOR_RATIO:
        ratio = lt / max(ls, 1)
        if not LOW_RATIO <= ratio <= HIGH_RATIO:
            out.append(
                {
                    "code": "length",
                    "reason": f"the English is {ratio:.1f}× as long as the French ({lt} vs {ls} characters)",
                }
            )
    ns, nt = digit_strings(src), digit_strings(tgt)
    if ns != nt:
        cs, ct = Counter(ns), Counter(nt)
        only_src = sorted((cs - ct).elements())
        only_tgt = sorted((ct - cs).elements())
        parts = []
        if only_src:
            parts.append("only in French: " + ", ".join(only_src[:5]))
        if only_tgt:
            parts.append("only in English: " + ", ".join(only_tgt[:5]))
        out.append({"code": "numbers", "reason": "numbers differ (" + "; ".join(parts) + ")"})
    return out


def draft_qa_flags(stored: list[str]) -> list[dict[str, str]]:
    """The draft checks' findings ("code: reason", see workbench.qa) as page flags, one per code."""
    out: dict[str, dict[str, str]] = {}
    for flag in read_back(stored):
        out.setdefault(flag.code, {"code": f"draft-{flag.code}", "reason": f"draft: {flag.reason}"})
    return list(out.values())


_STRENGTH = {ORIGIN_MODEL: 0, ORIGIN_NUMBERS: 1, ORIGIN_MEMORY: 2}


def draft_origin(origins: list[tuple[str, str]]) -> dict[str, str] | None:
    """Where a row's draft came from: the weakest origin of its sentences' drafts (one model draft
    makes the row a model draft), with the memory's TMX or project names."""
    if not origins:
        return None
    kinds = [ORIGIN_MEMORY if kind not in _STRENGTH else kind for kind, _ in origins]
    kind = min(kinds, key=lambda k: _STRENGTH[k])
    names = list(dict.fromkeys(name for k, name in origins if k != ORIGIN_MODEL and name))
    return {"kind": kind, "label": LABELS[kind], "name": ", ".join(names)}


def suggestion(src_ids: list[int], found: dict[int, tuple[float, str, str, str]]) -> dict[str, Any] | None:
    """The fuzzy memory match of a one-sentence row (a row of several sentences has no single match)."""
    if len(src_ids) != 1 or src_ids[0] not in found:
        return None
    score, source, target, origin = found[src_ids[0]]
    return {"score": score, "source": source, "target": target, "origin": origin, "segment": src_ids[0]}


def build_rows(
    store: Store, project_id: int, only: set[int] | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """The page's rows, in order (just the links in `only`, or the first `limit` rows, when given)."""
    links = store.review_links(project_id, only, limit)
    if only is None and limit is None:
        segs = store.review_segments(project_id)
        drafts = store.review_drafts(project_id)
        draft_flags = store.review_draft_flags(project_id)
        origins = store.review_draft_origins(project_id)
        fuzzy = store.memory_suggestions(project_id)
    else:
        seg_ids = [i for r in links for i in (*r.src, *r.tgt)]
        segs = store.review_segments(project_id, seg_ids)
        drafts = store.review_drafts(project_id, seg_ids)
        draft_flags = store.review_draft_flags(project_id, seg_ids)
        origins = store.review_draft_origins(project_id, seg_ids)
        fuzzy = store.memory_suggestions(project_id, seg_ids)
    rows = []
    for link in links:
        src_ids, tgt_ids, score = link.src, link.tgt, link.score
        src: list[dict[str, Any]] = [{"id": i, "text": segs[i][0], "para": segs[i][1]} for i in src_ids if i in segs]
        tgt: list[dict[str, Any]] = [{"id": i, "text": segs[i][0], "para": segs[i][1]} for i in tgt_ids if i in segs]
        draft = " ".join(drafts[i] for i in src_ids if drafts.get(i)) or None
        rows.append(
            {
                "id": link.id,
                "pos": link.position,
                "src": src,
                "tgt": tgt,
                "draft": draft,
                "score": None if score is None else round(float(score), 3),
                "status": link.status,
                "kind": f"{len(src_ids)}:{len(tgt_ids)}",
                "flags": flags(" ".join(s["text"] for s in src), " ".join(s["text"] for s in tgt), bool(src), bool(tgt))
                + draft_qa_flags([f for i in src_ids for f in draft_flags.get(i, [])]),
                "bookmark": bool(link.bookmark),
                "origin": draft_origin([origins[i] for i in src_ids if i in origins]),
                "suggestion": suggestion(src_ids, fuzzy),
            }
        )
    return rows


def counts(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(r["status"] for r in rows))


def set_aside(store: Store, project_id: int) -> list[dict[str, Any]]:
    """What the readers set aside (page furniture, footnotes): in no row, shown greyed between the rows.

    Each one names its side, its kind and text, and the body sentences just before (`after`) and
    just after it (`before`) in its document, so the page can draw it above the row holding the
    next sentence (or below the one holding the previous sentence) however the rows are reshaped.
    """
    return [
        {
            "id": seg_id,
            "side": "src" if role == "source" else "tgt",
            "kind": kind,
            "text": text,
            "after": previous,
            "before": following,
            "why": why,
            "page": page,
        }
        for seg_id, role, kind, text, previous, following, why, page in store.review_set_aside(project_id)
    ]
