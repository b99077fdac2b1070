"""`workbench align SRC TGT`: pair source and target segments."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import typer

from workbench.cli.common import console, info, open_store


def _segments(path: Path, lang: str, role: str, presegmented: bool) -> tuple[list[str], list[int] | None, list[str]]:
    """Texts, paragraph numbers (None when the file is one segment per line) and segment kinds."""
    from workbench.align.io import read_presegmented
    from workbench.model import Role
    from workbench.pipeline import read_and_segment

    if presegmented:
        texts = read_presegmented(path)
        # No layout to read kinds from; numbered headings and paragraphs still anchor by their text.
        return texts, None, ["text"] * len(texts)
    doc = read_and_segment(path, lang, Role(role))
    segs = doc.segments
    return [s.text for s in segs], [s.paragraph for s in segs], [s.kind for s in segs]


def align(
    src: Path | None = typer.Argument(None, help="Source document.", dir_okay=False),
    tgt: Path | None = typer.Argument(None, help="Target document.", dir_okay=False),
    src_lang: str = typer.Option("fr", "--src-lang", help="Source language."),
    tgt_lang: str = typer.Option("en", "--tgt-lang", help="Target language."),
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs hold one segment per line."),
    embedder: str | None = typer.Option(None, "--embedder", "-e", help="Embedding model name or local path."),
    links_out: Path | None = typer.Option(None, "--links-out", "-o", help="Write the links to this file."),
    fmt: str = typer.Option("links", "--format", "-f", help="links, tsv or jsonl."),
    realign: str | None = typer.Option(
        None,
        "--realign",
        help="Re-align a stored PROJECT between its approved and edited rows (which never move); one undoable step.",
    ),
    from_row: int | None = typer.Option(None, "--from-row", help="With --realign: first row to redo (1-based)."),
    to_row: int | None = typer.Option(None, "--to-row", help="With --realign: last row to redo."),
    target: int | None = typer.Option(
        None, "--target", help="With --realign: the target document id (add-translation)."
    ),
) -> None:
    """Align two documents: 1:1, 1:2, 2:1, 1:0, 0:1 links with a confidence each.

    links prints one `[src]:[tgt]` per line (0-based segment numbers, `[3]:[]` for an
    unaligned segment); tsv and jsonl add the confidence and the texts.
    """
    from workbench.align import align_segments
    from workbench.align.io import FORMATS, render
    from workbench.embed import get_embedder

    if realign is not None:
        if src is not None or tgt is not None:
            raise typer.BadParameter("--realign takes a project, not documents", param_hint="--realign")
        _realign(realign, embedder, from_row, to_row, target)
        return
    if src is None or tgt is None:
        raise typer.BadParameter("give a source and a target document (or --realign PROJECT)", param_hint="SRC TGT")
    if from_row is not None or to_row is not None or target is not None:
        raise typer.BadParameter("--from-row, --to-row and --target go with --realign", param_hint="--realign")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    src_texts, src_par, src_kinds = _segments(src, src_lang, "source", presegmented)
    tgt_texts, tgt_par, tgt_kinds = _segments(tgt, tgt_lang, "target", presegmented)
    store = open_store()
    try:
        model = get_embedder(embedder, store=store)
        beads = align_segments(
            src_texts,
            tgt_texts,
            model,
            src_paragraphs=src_par,
            tgt_paragraphs=tgt_par,
            src_kinds=src_kinds,
            tgt_kinds=tgt_kinds,
        )
    finally:
        store.close()
    text = render(beads, src_texts, tgt_texts, fmt)
    if links_out is not None:
        links_out.parent.mkdir(parents=True, exist_ok=True)
        links_out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    kinds = Counter(b.kind for b in beads)
    doubtful = sum(1 for b in beads if b.score < 0.5)
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    where = f"; wrote {links_out}" if links_out is not None else ""
    info(
        f"{len(src_texts)} source and {len(tgt_texts)} target segments: {len(beads)} links ({summary}), "
        f"{doubtful} below 50% confidence (embedder {model.name}){where}"
    )


def _realign(project: str, embedder: str | None, from_row: int | None, to_row: int | None, target: int | None) -> None:
    from workbench.realign import realign

    with open_store() as store:
        proj = store.project(project)
        result = realign(store, proj.id, embedder=embedder, from_row=from_row, to_row=to_row, target_document=target)
    console.print(str(result), markup=False)
    if result.changed:
        info(f"see the changed rows with: workbench review {proj.name!r} (Ctrl+Z there undoes the whole re-align)")


def register(app: typer.Typer) -> None:
    app.command("align")(align)
