"""The units that fill an OmegaT project: OmegaT's segments laid over the project's links.

Our links pair our sentences; OmegaT fills its own segments, and only from a unit
whose source is the segment exactly. So every OmegaT segment of the French file
(see `omegat_view`) is grouped with the links whose French it holds, and each
group gives units OmegaT can use:

- one segment, one or more links: the segment, with the English of the links
  joined (OmegaT did not cut where we did: a footnote mark after a full stop);
- several segments for a group of links (a tab after "1.", a 2:1 link): the
  English is cut the same way (its own tabs, then the target-language rules);
  when it gives as many parts as there are segments, part *i* fills segment *i*;
- otherwise the first segment carries the whole English and the others get an
  empty translation (only their tags, so a footnote reference survives). That is
  how OmegaT users translate two sentences as one; both units are alternative
  translations bound to their neighbours (`prev`/`next`), so the same sentence
  elsewhere keeps its own translation.

The English keeps the tags of the English .docx where the French segment has tags
of the same kind (footnote reference, formatting), renumbered as OmegaT numbers the
French; French tags with no English counterpart go at the end, so nothing the
translated file needs is lost, and no tag the French lacks is ever written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.export.base import ExportUnit
from workbench.export.omegat.docx import Tag
from workbench.export.omegat.srx import split
from workbench.export.omegat.view import Cut, DocumentView, Piece
from workbench.export.srx import Rule
from workbench.export.units import TUID_FLAG
from workbench.model import Link
from workbench.triage import wanted

_TAG_TEXT = re.compile(r"<t(\d+)/>")
# "1.", "12/3.", "IV.", "a)", "(b)", "A." alone in a segment: a paragraph number set off by a tab.
_LABEL = re.compile(r"^(?:\(?(?:\d{1,3}(?:[./]\d{1,3})*|[IVXLCDM]{1,6}|[A-Za-z])[.)]|\d{1,3})$")
_LEADING_LABEL = re.compile(r"^(\(?(?:\d{1,3}(?:[./]\d{1,3})*|[IVXLCDM]{1,6}|[A-Za-z])[.)])\s+(?=\S)")
_STATUS_ORDER = ("needs_review", "proposed", "edited", "approved")


@dataclass
class FillReport:
    """What the units will do in OmegaT, counted over the exported 1:1 pairs."""

    pairs: int = 0  # 1:1 links exported
    exact: int = 0  # alone in one OmegaT segment
    joined: int = 0  # sharing one OmegaT segment with the next or previous link
    parts: int = 0  # French cut into several OmegaT segments, English cut the same way
    carried: int = 0  # French cut into several segments, the first carries the English
    merged_links: int = 0  # 2:1, 1:2... links exported
    merged_written: int = 0  # of which have units
    left_out: Counter[str] = field(default_factory=Counter)  # 1:1 pairs with no unit, by reason
    segments: int = 0  # OmegaT segments in the French file
    filled: int = 0  # OmegaT segments a unit fills

    def summary(self) -> str:
        done = self.exact + self.joined + self.parts + self.carried
        text = f"OmegaT will fill {done} of the {self.pairs} one-to-one pairs"
        how = [
            (self.joined, "sharing a segment with the next sentence"),
            (self.parts, "in several segments where OmegaT cuts at a tab or a line break"),
            (self.carried, "carried by the first of their segments"),
        ]
        detail = ", ".join(f"{n} {what}" for n, what in how if n)
        if detail:
            text += f" ({detail})"
        if self.merged_links:
            text += f" and {self.merged_written} of the {self.merged_links} merged links (2:1, 1:2)"
        if self.left_out:
            text += "; left out: " + ", ".join(f"{n} {why}" for why, n in self.left_out.most_common())
        return text + f"; {self.filled} of the file's {self.segments} segments"


@dataclass
class _Group:
    cuts: list[int] = field(default_factory=list)  # indexes into view.cuts
    links: list[int] = field(default_factory=list)  # indexes into the link list


def _groups(cuts: Sequence[Cut], link_of: dict[int, int]) -> list[_Group]:
    """Segments and links that share French text, as connected groups, in document order."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for c, cut in enumerate(cuts):
        find(("cut", c))
        for seg_id in cut.segments:
            if seg_id in link_of:
                parent[find(("cut", c))] = find(("link", link_of[seg_id]))
    groups: dict[tuple[str, int], _Group] = {}
    for c, cut in enumerate(cuts):
        if not any(s in link_of for s in cut.segments):
            continue
        group = groups.setdefault(find(("cut", c)), _Group())
        group.cuts.append(c)
        for seg_id in cut.segments:
            link = link_of.get(seg_id)
            if link is not None and link not in group.links:
                group.links.append(link)
    return list(groups.values())


def _renumber(part: Piece, french: Sequence[Tag]) -> str:
    """The English with its tags turned into the French segment's, kind by kind and in order;
    French tags left over go at the end, English ones left over are dropped."""
    free = {kind: [t for t in french if t.kind == kind] for kind in {t.kind for t in french}}
    used: set[int] = set()
    dropped = False
    english = {t.number: t for t in part.tags}

    def swap(match: re.Match[str]) -> str:
        nonlocal dropped
        tag = english.get(int(match.group(1)))
        pool = free.get(tag.kind, []) if tag is not None else []
        if not pool:
            dropped = True
            return ""
        chosen = pool.pop(0)
        used.add(chosen.number)
        return chosen.text

    text = _TAG_TEXT.sub(swap, part.text)
    if dropped:
        text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)  # "word <t3/> word" without its tag
    return text + "".join(t.text for t in french if t.number not in used)


def _english_parts(pieces: list[Piece], rules: Sequence[Rule]) -> list[Piece]:
    parts: list[Piece] = []
    for piece in pieces:
        for found in split(piece.text, rules):
            numbers = {int(m.group(1)) for m in _TAG_TEXT.finditer(found.text)}
            parts.append(Piece(found.text, [t for t in piece.tags if t.number in numbers]))
    return parts


def _joined(pieces: list[Piece]) -> Piece:
    return Piece(" ".join(p.text for p in pieces if p.text), [t for p in pieces for t in p.tags])


def _split_label(parts: list[Piece], wanted_count: int, first_cut: Cut) -> list[Piece]:
    """ "1." | "Le présent…" against an English "1. The present…" with no tab: the label apart."""
    if len(parts) + 1 != wanted_count or not _LABEL.match(first_cut.text) or not parts:
        return parts
    found = _LEADING_LABEL.match(parts[0].text)
    if not found:
        return parts
    rest = parts[0].text[found.end() :]
    return [Piece(found.group(1)), Piece(rest, parts[0].tags), *parts[1:]]


def _status(links: Sequence[Link]) -> str:
    values = {link.status.value for link in links}
    return next((s for s in _STATUS_ORDER if s in values), "approved")


# What XML 1.0 cannot carry; OmegaT drops the same characters from its segments. Private-use
# glyphs stay: in a Word file they are in OmegaT's segment too.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _nfc(text: str) -> str:
    # OmegaT normalises every source segment to NFC before it looks for matches.
    return _NOT_XML.sub("", unicodedata.normalize("NFC", text))


@dataclass
class _Made:
    unit: ExportUnit
    cut: int  # the OmegaT segment it fills


def omegat_units(
    view: DocumentView,
    links: Sequence[Link],
    english: DocumentView | None,
    english_text: dict[int, str],
    target_rules: Sequence[Rule],
    *,
    status: str,
    min_confidence: float | None,
    project: str,
    doc: str,
    merged: str = "carry",
) -> tuple[list[ExportUnit], FillReport]:
    """The units that fill `view`'s OmegaT segments from `links`, and what they fill.

    `english` is the English file as OmegaT would show it (for its tags and tabs), or None
    when there is none to read (drafts, a text file): then `english_text` gives each target
    segment's text. `merged="leave"` writes nothing for French that OmegaT cuts in more
    segments than the English can be cut in (a 2:1 link), instead of the first segment
    carrying the English: what a plain TMX gives, kept to measure the difference.
    """
    report = FillReport(segments=len(view.cuts))
    link_of: dict[int, int] = {}
    for i, link in enumerate(links):
        for seg_id in link.src:
            link_of[seg_id] = i
    placed = {link_of[s] for cut in view.cuts for s in cut.segments if s in link_of}
    for i, link in enumerate(links):
        if link.src and link.tgt and wanted(link, status, min_confidence):
            if len(link.src) == 1 and len(link.tgt) == 1:
                report.pairs += 1
                if i not in placed:
                    report.left_out["with French OmegaT does not read"] += 1
            else:
                report.merged_links += 1

    def english_pieces(link_list: Sequence[Link]) -> list[Piece]:
        ids = [t for link in link_list for t in link.tgt]
        if english is not None:
            pieces = english.pieces(ids)
            if pieces:
                return pieces
        texts = [" ".join(english_text.get(t, "").split()) for t in ids]
        return [Piece(" ".join(t for t in texts if t))]

    made: list[_Made] = []
    for group in _groups(view.cuts, link_of):
        group_links = [links[i] for i in group.links]
        one_to_one = [link for link in group_links if len(link.src) == 1 and len(link.tgt) == 1]
        if any(not wanted(link, status, min_confidence) for link in group_links):
            if any(wanted(link, status, min_confidence) for link in one_to_one):
                report.left_out["sharing an OmegaT segment with a link not exported"] += sum(
                    wanted(link, status, min_confidence) for link in one_to_one
                )
            continue
        paired = [link for link in group_links if link.tgt]
        if not paired:
            continue  # French with no English (1:0): nothing to fill
        cuts = [view.cuts[c] for c in group.cuts]
        whole = english_pieces(paired)
        parts = _english_parts(whole, target_rules) if len(cuts) > 1 else whole
        if len(cuts) > 1:
            parts = _split_label(parts, len(cuts), cuts[0])
        meta = _meta(group_links, project)
        if len(cuts) == 1:
            made.append(_Made(_unit(cuts[0], _renumber(_joined(whole), cuts[0].tags), meta, doc), group.cuts[0]))
            how = "exact" if len(group_links) == 1 else "joined"
        elif len(parts) == len(cuts):
            for c, cut, part in zip(group.cuts, cuts, parts, strict=True):
                made.append(_Made(_unit(cut, _renumber(part, cut.tags), meta, doc), c))
            how = "parts"
        elif merged == "leave":
            report.left_out["in more OmegaT segments than the English has sentences"] += len(one_to_one)
            continue
        else:
            first = _unit(cuts[0], _renumber(_joined(whole), cuts[0].tags), meta, doc)
            first.context = {"next": _nfc(cuts[1].text)}
            first.note = _carried_note(meta.kind, len(cuts))
            made.append(_Made(first, group.cuts[0]))
            for c, cut, before in zip(group.cuts[1:], cuts[1:], cuts, strict=False):
                rest = _unit(cut, "".join(t.text for t in cut.tags), meta, doc)
                rest.context = {"prev": _nfc(before.text)}
                rest.note = "workbench: left empty, the segment before carries its English"
                made.append(_Made(rest, c))
            how = "carried"
        setattr(report, how, getattr(report, how) + len(one_to_one))
        report.merged_written += len(paired) - len([link for link in paired if link in one_to_one])
    units = _bind_duplicates(made, view.cuts)
    report.filled = len({m.cut for m in made})
    return units, report


@dataclass
class _Meta:
    status: str
    score: float | None
    kind: str
    tuid: str


def _meta(group_links: Sequence[Link], project: str) -> _Meta:
    scores = [link.score for link in group_links if link.score is not None and link.tgt]
    kinds = [link.kind for link in group_links if link.tgt]
    ids: list[str] = []
    for link in group_links:
        if not link.tgt:
            continue
        imported = next((f[len(TUID_FLAG) :] for f in link.flags if f.startswith(TUID_FLAG)), None)
        ids.append(imported or f"{project.replace(' ', '_')}-{link.id}")
    return _Meta(
        status=_status([link for link in group_links if link.tgt] or group_links),
        score=min(scores) if scores else None,
        kind="+".join(kinds) if len(kinds) > 1 else (kinds[0] if kinds else "1:1"),
        tuid="+".join(ids),
    )


def _carried_note(kind: str, count: int) -> str:
    return f"workbench: {kind} link; this segment carries the English of the {count - 1} after it"


def _unit(cut: Cut, target: str, meta: _Meta, doc: str) -> ExportUnit:
    return ExportUnit(
        source=_nfc(cut.text),
        target=_nfc(target),
        status=meta.status,
        score=meta.score,
        kind=meta.kind,
        doc=doc,
        tuid=meta.tuid,
    )


def _bind_duplicates(made: list[_Made], cuts: Sequence[Cut]) -> list[ExportUnit]:
    """One unit per source where every occurrence has the same English; where they differ,
    each is bound to its neighbours so OmegaT gives every place its own."""
    targets: dict[str, set[str]] = {}
    for m in made:
        if not m.unit.context:
            targets.setdefault(m.unit.source, set()).add(m.unit.target)
    out: list[ExportUnit] = []
    seen: set[tuple[str, str, tuple[tuple[str, str], ...]]] = set()
    for m in made:
        unit = m.unit
        if not unit.context and len(targets.get(unit.source, ())) > 1:
            context = {}
            if m.cut > 0:
                context["prev"] = _nfc(cuts[m.cut - 1].text)
            if m.cut + 1 < len(cuts):
                context["next"] = _nfc(cuts[m.cut + 1].text)
            unit.context = context
        key = (unit.source, unit.target, tuple(sorted(unit.context.items())))
        if key in seen:
            continue
        seen.add(key)
        out.append(unit)
    return out
