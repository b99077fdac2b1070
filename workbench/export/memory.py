"""`workbench memory export FILE.tmx`: the workspace memory (or one TMX or project of it) as TMX 1.4b.

Streamed from the store into a temporary file that is renamed at the end, like every export:
a big memory never sits whole in RAM, and a failed export never leaves half a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from workbench.errors import InputError, NotFoundError
from workbench.export.base import ExportResult, check_lang_pair, primary
from workbench.memory.tmx import write_units
from workbench.outfiles import atomic_output
from workbench.store import Store


def export_memory(
    store: Store,
    out: str | os.PathLike[str],
    *,
    name: str | None = None,
    src_lang: str = "fr-FR",
    tgt_lang: str = "en-US",
) -> ExportResult:
    """Write the memory's `src_lang`→`tgt_lang` units (of the TMX or project `name` only, when given)."""
    src_lang, tgt_lang = check_lang_pair(src_lang, tgt_lang)
    if name is not None and not any(o.name == name for o in store.memory_origins()):
        known = ", ".join(sorted({o.name for o in store.memory_origins()})) or "none"
        raise NotFoundError(f"nothing named {name!r} in the memory (TMX files and projects: {known})")
    path = Path(out)
    if path.is_dir():
        raise InputError(f"{path} is a folder: give the file to write, e.g. {path / 'memory.tmx'}")
    pair = (primary(src_lang), primary(tgt_lang))
    if next(iter(store.memory_units(name, *pair)), None) is None:
        what = f"{name!r}" if name else "the memory"
        raise InputError(f"{what} holds no {pair[0]}→{pair[1]} units; nothing was written")
    with atomic_output(path) as stream:
        count = write_units(stream, store.memory_units(name, *pair), src_lang, tgt_lang)
    return ExportResult(path, count)
