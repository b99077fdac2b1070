"""Helpers shared by the export/import tests (no tests here): projects from (fr, en) pairs, the TMX checker."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from conftest import SHARED, shared_path

from workbench import Document, Link, LinkStatus, Paragraph, Role, Segment, Store


def document(texts: Sequence[str], lang: str, role: Role, path: str) -> Document:
    """One paragraph per text, one segment per paragraph (as a segmenter would store them)."""
    paragraphs, pos = [], 0
    for t in texts:
        paragraphs.append(Paragraph(t, pos, pos + len(t), segments=[Segment(t, lang, pos, pos + len(t))]))
        pos += len(t) + 2
    return Document("\n\n".join(texts), lang, paragraphs, path=path, role=role)


def make_project(
    store: Store,
    name: str,
    pairs: Sequence[tuple[str, str]],
    statuses: Sequence[LinkStatus] | None = None,
    scores: Sequence[float | None] | None = None,
    links: Sequence[tuple[list[int], list[int]]] | None = None,
) -> int:
    """A project whose source and target documents are the pairs' sides, linked 1:1 and approved
    (or linked as `links` gives, by positions, with the statuses and scores given)."""
    proj = store.create_project(name, "fr", "en")
    fr = store.add_document(proj.id, document([p[0] for p in pairs], "fr", Role.SOURCE, f"/tmp/{name}-fr.txt"))
    en = store.add_document(proj.id, document([p[1] for p in pairs], "en", Role.TARGET, f"/tmp/{name}-en.txt"))
    src = [s.id for s in fr.segments if s.id is not None]
    tgt = [s.id for s in en.segments if s.id is not None]
    shape = links if links is not None else [([i], [i]) for i in range(len(pairs))]
    made = []
    for k, (a, b) in enumerate(shape):
        status = statuses[k] if statuses else LinkStatus.APPROVED
        score = scores[k] if scores else 0.9
        made.append(Link([src[i] for i in a], [tgt[i] for i in b], score=score, status=status))
    store.replace_links(proj.id, made)
    return proj.id


def check_tmx(path: Path, checker: Path, *extra: str, src: str = "fr", tgt: str = "en") -> str:
    """Run ../shared/eval/check_tmx.py (by default exactly as the acceptance criteria do); return its output.

    The checker's translate-toolkit cross-check reads a bare `en` as `en-US`: that is why the
    default target code is en-US, and why an en-GB export is checked with the codes it has.
    """
    done = subprocess.run(
        [sys.executable, str(checker), str(path), "--src", src, "--tgt", tgt, *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "tmx_ok=1" in done.stdout, done.stdout + done.stderr
    return done.stdout


def shared(*parts: str) -> Path:
    """A file under ../shared (skips when absent); WORKBENCH_SHARED points elsewhere, e.g. from a worktree."""
    alt = os.environ.get("WORKBENCH_SHARED")
    if not SHARED.exists() and alt and Path(alt).joinpath(*parts).exists():
        return Path(alt).joinpath(*parts)
    return shared_path(*parts)
