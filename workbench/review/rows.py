"""What the review page shows for each link: texts, draft, confidence, status and flags.

Flags are computed here, in Python, so that scripts using the JSON API see the
same warnings as the page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from workbench.model import Link, Role, Segment
from workbench.store import Store

_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")
LOW_RATIO, HIGH_RATIO = 0.5, 2.0
"""English is usually 0.8-1.1 times as long as French; outside these bounds something is missing."""
MIN_LENGTH_FOR_RATIO = 20


def numbers(text: str) -> Counter[str]:
    """Numbers as bare digit strings, so "13 400 000" equals "13,400,000" and "2,5" equals "2.5"."""
    return Counter(re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text))


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
    ns, nt = numbers(src), numbers(tgt)
    if ns != nt:
        only_src = sorted((ns - nt).elements())
        only_tgt = sorted((nt - ns).elements())
        parts = []
        if only_src:
            parts.append("only in French: " + ", ".join(only_src[:5]))
        if only_tgt:
            parts.append("only in English: " + ", ".join(only_tgt[:5]))
        out.append({"code": "numbers", "reason": "numbers differ (" + "; ".join(parts) + ")"})
    return out


def _side(ids: Iterable[int], segs: dict[int, tuple[Segment, Role, int, float]]) -> list[dict[str, Any]]:
    out = []
    for i in ids:
        entry = segs.get(i)
        if entry is not None:
            seg = entry[0]
            out.append({"id": i, "text": seg.text, "para": seg.paragraph})
    return out


def build_rows(store: Store, project_id: int, only: set[int] | None = None) -> list[dict[str, Any]]:
    """The page's rows, in order (or just the links in `only`)."""
    links: list[Link] = store.links(project_id)
    if only is not None:
        links = [lk for lk in links if lk.id in only]
    segs = store.project_segments(project_id)
    drafts = store.drafts(project_id)
    marks = store.bookmarks(project_id)
    rows = []
    for link in links:
        src, tgt = _side(link.src, segs), _side(link.tgt, segs)
        src_text = " ".join(s["text"] for s in src)
        tgt_text = " ".join(s["text"] for s in tgt)
        draft = " ".join(drafts[i].text for i in link.src if i in drafts) or None
        rows.append(
            {
                "id": link.id,
                "pos": link.position,
                "src": src,
                "tgt": tgt,
                "draft": draft,
                "score": None if link.score is None else round(float(link.score), 3),
                "status": link.status.value,
                "kind": link.kind,
                "flags": flags(src_text, tgt_text, bool(src), bool(tgt)),
                "bookmark": link.id in marks,
            }
        )
    return rows


def counts(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(r["status"] for r in rows))
