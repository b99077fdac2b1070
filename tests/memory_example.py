"""What the translation-memory tests share: TMX files written the ways other tools write them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from review_example import ENGLISH, FRENCH

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
    '<header creationtool="other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US"'
    ' srclang="{src}" datatype="plaintext"/><body>\n'
)


def tmx_text(units: Sequence[tuple[str, str]], src: str = "fr-FR", tgt: str = "en-US", raw: bool = False) -> str:
    """A TMX 1.4b of `units`; with `raw`, the texts are inserted as they are (they carry inline codes)."""
    body = "".join(
        f'<tu changedate="20240102T101500Z"><tuv xml:lang="{src}"><seg>{fr if raw else escape(fr)}</seg></tuv>'
        f'<tuv xml:lang="{tgt}"><seg>{en if raw else escape(en)}</seg></tuv></tu>\n'
        for fr, en in units
    )
    return HEADER.format(src=src) + body + "</body></tmx>\n"


def write_tmx(path: Path, units: Sequence[tuple[str, str]], **kwargs: object) -> Path:
    path.write_text(tmx_text(units, **kwargs), encoding="utf-8")  # type: ignore[arg-type]
    return path


def letter_pairs() -> list[tuple[str, str]]:
    """The bundled letter's sentence pairs as a translator's earlier work would hold them.

    The budget paragraph's two sentences are one unit with one English sentence (a 2:1 pair), and the
    signature block is one unit, as CAT tools keep it.
    """
    pairs = [
        (fr, en) for fr_par, en_par in zip(FRENCH, ENGLISH, strict=True) for fr, en in zip(fr_par, en_par, strict=True)
    ]
    budget_fr = " ".join(FRENCH[4])
    budget_en = ENGLISH[4][0].rstrip(".") + "; " + ENGLISH[4][1][0].lower() + ENGLISH[4][1][1:]
    return [p for p in pairs if p[0] not in FRENCH[4]] + [(budget_fr, budget_en)]
