"""One TMX for a project with several targets: a `tu` per source unit, a `tuv` per language.

TMX 1.4b allows any number of `tuv`s in a `tu`. The source unit is the smallest
run of source segments that no link of any target splits: when the English
pairs sentences 3+4 with one sentence and the German pairs them one by one,
the unit is 3+4 and the German `tuv` holds both German sentences. A language
whose links do not cover the whole unit (a sentence left unaligned, a link not
selected by the status filter) is left out of that unit; by default only units
with every language are written, so each language pair reads as a complete
bilingual memory (`check_tmx.py --src fr --tgt de` passes for every pair).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from lxml import etree

from workbench.errors import InputError
from workbench.export.base import (
    TOOL_NAME,
    TOOL_VERSION,
    ExportResult,
    NothingToExportError,
    language_tag,
    primary,
    xml_bytes,
)
from workbench.export.tmx import (
    DOCTYPE,
    PROP_CONFIDENCE,
    PROP_DOC,
    PROP_STATUS,
    PROP_TYPE,
    XML_LANG,
    format_score,
    tmx_date,
)
from workbench.model import Link, Role
from workbench.outfiles import atomic_output, resolve_output
from workbench.store import Store
from workbench.targets import targets
from workbench.textjoin import EDGE as _EDGE
from workbench.textjoin import join_segments
from workbench.triage import check_status, resolve_threshold, wanted
from workbench.xmlsafe import clean_text

__all__ = ["MultiSelection", "MultiUnit", "export_multilingual", "language_tag", "multilingual_units"]


@dataclass
class MultiUnit:
    source: str
    targets: dict[str, str]
    """language tag -> joined target text"""
    statuses: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    scores: dict[str, float | None] = field(default_factory=dict)
    tuid: str = ""


@dataclass
class MultiSelection:
    languages: list[str]
    units: list[MultiUnit] = field(default_factory=list)
    incomplete: int = 0
    """Source units left out because some language had no (selected) translation for them."""


def _groups(n: int, per_target: list[list[tuple[list[int], Link]]]) -> list[range]:
    """Runs of source positions that no link of any target splits."""
    joined = [False] * max(0, n - 1)
    for links in per_target:
        for positions, _ in links:
            for i in range(min(positions), max(positions)):
                joined[i] = True
    out: list[range] = []
    start = 0
    for i in range(n):
        if i == n - 1 or not joined[i]:
            out.append(range(start, i + 1))
            start = i + 1
    return out


def multilingual_units(
    store: Store,
    project_id: int,
    *,
    status: str = "approved",
    min_confidence: float | None = None,
    complete: bool = True,
) -> MultiSelection:
    """The project's source units with every target language's text (see the module note)."""
    status = check_status(status)
    min_confidence = resolve_threshold(store, project_id, status, min_confidence)
    project = store.project(project_id)
    infos = targets(store, project_id)
    if not infos:
        raise InputError(f"project {project.name!r} has no target document to export")
    langs = [language_tag(project.tgt_lang if k == 0 else t.lang) for k, t in enumerate(infos)]
    if len({primary(x) for x in langs}) != len(langs):
        raise InputError(
            f"project {project.name!r} holds two targets in one language ({', '.join(langs)}); a multilingual "
            "TMX has one tuv per language: export each pair with --target instead"
        )
    src = [s for d in store.documents(project_id, Role.SOURCE) for s in d.segments]
    src_pos = {s.id: i for i, s in enumerate(src)}
    text = {s.id: s.text for d in store.documents(project_id) for s in d.segments}
    per_target: list[list[tuple[list[int], Link]]] = []
    for info in infos:
        links = []
        for link in store.links(project_id, info.link_target):
            positions = [src_pos[i] for i in link.src if i in src_pos]
            if positions:
                links.append((positions, link))
        per_target.append(links)
    out = MultiSelection(langs)
    groups = _groups(len(src), per_target)
    group_of = {i: g for g, run in enumerate(groups) for i in run}
    by_group: list[list[list[Link]]] = [[[] for _ in infos] for _ in groups]
    for t, links in enumerate(per_target):
        for positions, link in links:
            by_group[group_of[positions[0]]][t].append(link)
    for g, run in enumerate(groups):
        source, _ = clean_text(join_segments([src[i].text for i in run]))
        source = source.strip(_EDGE)
        if not source.strip():
            continue
        unit = MultiUnit(source, {}, tuid=f"{project.name.replace(' ', '_')}-u{src[run[0]].id}")
        for t, lang in enumerate(langs):
            group_links = by_group[g][t]
            covered = {src_pos[i] for lk in group_links if lk.tgt for i in lk.src if i in src_pos}
            if covered != set(run) or not all(wanted(lk, status, min_confidence) for lk in group_links if lk.tgt):
                continue
            target, _ = clean_text(join_segments([text.get(j, "") for lk in group_links for j in lk.tgt]))
            target = target.strip(_EDGE)
            if not target.strip():
                continue
            full = [lk for lk in group_links if lk.tgt]
            unit.targets[lang] = target
            unit.statuses[lang] = min((lk.status.value for lk in full), key=lambda v: _STATUS_RANK.get(v, 0))
            unit.kinds[lang] = f"{len(run)}:{sum(len(lk.tgt) for lk in full)}"
            scores = [lk.score for lk in full if lk.score is not None]
            unit.scores[lang] = min(scores) if scores else None
        if len(unit.targets) == len(langs) or (not complete and unit.targets):
            out.units.append(unit)
        else:
            out.incomplete += 1
    return out


# The weakest status of a unit's links is the unit's: "approved" only when every link is.
_STATUS_RANK = {"rejected": 0, "needs_review": 1, "proposed": 2, "edited": 3, "approved": 4}


def write_multilingual_tmx(
    units: Sequence[MultiUnit],
    stream: IO[bytes],
    *,
    src_lang: str,
    languages: Sequence[str],
    created: str,
    changed: str,
    doc: str = "",
) -> None:
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        {
            "creationtool": TOOL_NAME,
            "creationtoolversion": TOOL_VERSION,
            "segtype": "sentence",
            "o-tmf": TOOL_NAME,
            "adminlang": "en",
            "srclang": src_lang,
            "datatype": "plaintext",
            "creationdate": created,
        },
    )
    body = etree.SubElement(root, "body")
    for unit in units:
        tu = etree.SubElement(body, "tu", {"tuid": unit.tuid, "creationdate": created, "changedate": changed})
        if doc:
            etree.SubElement(tu, "prop", type=PROP_DOC).text = doc
        tuv = etree.SubElement(tu, "tuv", {XML_LANG: src_lang})
        etree.SubElement(tuv, "seg").text = unit.source
        for lang in languages:
            if lang not in unit.targets:
                continue
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            etree.SubElement(tuv, "prop", type=PROP_TYPE).text = unit.kinds[lang]
            etree.SubElement(tuv, "prop", type=PROP_STATUS).text = unit.statuses[lang]
            score = unit.scores.get(lang)
            if score is not None:
                etree.SubElement(tuv, "prop", type=PROP_CONFIDENCE).text = format_score(score)
            etree.SubElement(tuv, "seg").text = unit.targets[lang]
    stream.write(xml_bytes(root, DOCTYPE))


def export_multilingual(
    store: Store,
    project_id: int,
    out: str | os.PathLike[str] | None = None,
    *,
    status: str = "approved",
    min_confidence: float | None = None,
    src_lang: str | None = None,
    complete: bool = True,
) -> ExportResult:
    """Write one TMX holding every target language of the project; return what was written."""
    project = store.project(project_id)
    selection = multilingual_units(store, project_id, status=status, min_confidence=min_confidence, complete=complete)
    if not selection.units:
        tips = ["review them first, or export with --status all"] if status == "approved" else []
        tips.append("one pair alone: --pair for the first target, --target LANG for another")
        hint = f" ({'; '.join(tips)})"
        raise NothingToExportError(
            f"project {project.name!r} has no source unit with a translation ({status}) in every language "
            f"({', '.join(selection.languages)}){hint}"
        )
    path = resolve_output(f"{project.name}.tmx", out, project.name)
    sources = store.documents(project_id, Role.SOURCE)
    doc = Path(sources[0].path).name if sources and sources[0].path else ""
    with atomic_output(path) as stream:
        write_multilingual_tmx(
            selection.units,
            stream,
            src_lang=language_tag(src_lang or project.src_lang),
            languages=selection.languages,
            created=tmx_date(project.created_at),
            changed=tmx_date(project.updated_at),
            doc=doc,
        )
    result = ExportResult(path, len(selection.units))
    if selection.incomplete:
        which = "a" if status == "all" else f"an {status}" if status[0] in "aeiou" else f"a {status}"
        result.notes.append(
            f"left out {selection.incomplete} source units without {which} translation in every language "
            f"({', '.join(selection.languages)}); the per-pair exports (--target) hold them"
        )
    return result
