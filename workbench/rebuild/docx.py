"""Word out: the same .docx with each paragraph's text replaced, or a new one for text and PDF inputs.

Paragraph styles, numbering, tables, headers and footers, images and page
breaks are kept because only the text-bearing children of runs change. A run
keeps its formatting (bold, italic...) when it holds whole sentences; when a
sentence runs over several runs, the paragraph's English goes into its first
run (and takes that run's formatting) and the other runs are emptied.
Headers, footers, footnotes and text boxes are not read, so they stay as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from workbench.readers.docx import W, docx_blocks, open_docx, paragraph_runs, run_text, text_elements
from workbench.rebuild.base import GAP_CLOSE, GAP_OPEN, ParagraphOut, SourceChangedError, map_pieces, split_gaps
from workbench.xmlsafe import clean_text

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_REGIONS = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "it": "it-IT", "pt": "pt-PT"}


def word_language(lang: str) -> str:
    """The tag Word uses for spell-checking: a region is expected (en-US, de-DE)."""
    return lang if "-" in lang else _REGIONS.get(lang.lower(), lang)


def _set_run_text(run: Any, text: str) -> None:
    """Replace the text-bearing children of a run (w:t, tabs, soft breaks) by one w:t holding `text`."""
    from lxml import etree

    olds = text_elements(run)
    if not olds:
        return
    text = clean_text(text)[0]  # XML 1.0 cannot carry control characters a model may emit
    if text:
        t = etree.Element(W + "t")
        t.text = text
        if text != text.strip(" "):
            t.set(_XML_SPACE, "preserve")
        olds[0].addprevious(t)
    for el in olds:
        run.remove(el)


def _set_languages(part_element: Any, tag: str) -> None:
    """Spell-check languages in the part say the target language where they said French."""
    for lang in part_element.iter(W + "lang"):
        for attr in (W + "val", W + "eastAsia", W + "bidi"):
            value = lang.get(attr)
            if value and value.lower().startswith("fr"):
                lang.set(attr, tag)


def rebuild_docx(source: Path, plans: list[ParagraphOut], stream: IO[bytes], lang: str = "en") -> int:
    """Write `source` with its paragraphs' text replaced; return how many paragraphs kept their run formatting."""
    document = open_docx(source)
    blocks = docx_blocks(document)
    if [b.text for b in blocks] != [p.source for p in plans]:
        raise SourceChangedError(f"{source} has changed since it was translated (its paragraphs differ)")
    clean_count = 0
    for block, plan in zip(blocks, plans, strict=True):
        if plan.text is None:
            continue
        runs = paragraph_runs(block.element)
        new, clean = map_pieces([run_text(r) for r in runs], plan)
        clean_count += clean
        for run, change in zip(runs, new, strict=True):
            if change is not None:
                lead, english, trail = change
                # Tabs and line breaks around a run's text become plain spaces: the sentence moved.
                text = (" " if lead else "") + english + (" " if trail else "") if english else (lead or trail)[:1]
                _set_run_text(run, " " if text.isspace() else text)
    tag = word_language(lang)
    _set_languages(document.element, tag)
    _set_languages(document.styles.element, tag)
    _highlight_gaps(document.element)
    document.core_properties.language = tag
    document.save(stream)
    return clean_count


def _mark_french(run: Any) -> None:
    """Highlight a run and give it the French spelling language, its properties in schema order."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.text.run import Run
    from lxml import etree

    Run(run, None).font.highlight_color = WD_COLOR_INDEX.YELLOW  # type: ignore[arg-type]  # no part needed
    props = run.find(W + "rPr")
    for old in props.findall(W + "lang"):
        props.remove(old)
    lang = etree.Element(W + "lang")
    lang.set(W + "val", "fr-FR")
    after = [props.find(W + name) for name in ("eastAsianLayout", "specVanish", "oMath")]
    later = next((x for x in after if x is not None), None)
    if later is None:
        props.append(lang)
    else:
        later.addprevious(lang)


def _highlight_gaps(root: Any) -> None:
    """Runs holding French still without English split so that the French is highlighted (and
    spell-checked as French): the translator sees at once what is left to translate."""
    import copy

    from lxml import etree

    for t in list(root.iter(W + "t")):
        text = t.text or ""
        if GAP_OPEN not in text and GAP_CLOSE not in text:
            continue
        run = t.getparent()
        if run is None or run.tag != W + "r":
            t.text = text.replace(GAP_OPEN, "").replace(GAP_CLOSE, "")
            continue
        for piece, gap in split_gaps(text):
            new = copy.deepcopy(run)
            for old in text_elements(new):
                new.remove(old)
            new_t = etree.SubElement(new, W + "t")
            new_t.text = piece
            if piece != piece.strip(" "):
                new_t.set(_XML_SPACE, "preserve")
            if gap:
                _mark_french(new)
            run.addprevious(new)
        run.getparent().remove(run)


_STYLES = {"heading": "Heading 2", "list": "List Paragraph"}


def new_docx(plans: list[ParagraphOut], stream: IO[bytes], title: str = "", lang: str = "en") -> None:
    """A plain Word document with one paragraph per block (for text and PDF inputs)."""
    import docx

    document = docx.Document()
    available = {s.name for s in document.styles}
    from docx.enum.text import WD_COLOR_INDEX

    for plan in plans:
        text = plan.text if plan.text is not None else plan.source
        style = _STYLES.get(plan.kind)
        paragraph = document.add_paragraph(style=style if style in available else None)
        for piece, gap in split_gaps(text):
            run = paragraph.add_run(clean_text(piece)[0])
            if gap:  # French still without English
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.core_properties.language = word_language(lang)
    if title:
        document.core_properties.title = title
    _set_languages(document.styles.element, word_language(lang))
    document.save(stream)
