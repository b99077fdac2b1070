"""`workbench memory import FILE.tmx`: a TMX streamed into the workspace memory, all or nothing."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from workbench.errors import InputError
from workbench.memory.model import KIND_TMX, MemoryOrigin, MemoryUnit
from workbench.memory.tmx import TmxReading, primary, read_units


class MemoryStore(Protocol):
    def memory_import(
        self,
        origin: MemoryOrigin,
        units: Iterable[MemoryUnit],
        *,
        replace: bool = False,
        check: Callable[[int], None] | None = None,
    ) -> int: ...


@dataclass
class ImportResult:
    origin: MemoryOrigin
    units: int
    skipped: int
    languages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def units_per_second(self) -> float:
        return self.units / self.seconds if self.seconds > 0 else 0.0


def check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InputError("a memory name cannot be empty")
    if len(name) > 120:
        raise InputError("a memory name can have at most 120 characters")
    if any(ord(c) < 32 or c in "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff" for c in name):
        raise InputError(f"invalid memory name {ascii(name)}: it holds control or invisible characters")
    return name


def import_tmx(
    store: MemoryStore,
    path: str | os.PathLike[str],
    name: str | None = None,
    *,
    src_lang: str = "fr",
    tgt_lang: str = "en",
    replace: bool = False,
) -> ImportResult:
    """Stream the `src_lang`→`tgt_lang` units of a TMX file into the memory under `name` (default: the file name).

    Every unit goes in, or none does: a file that is not XML, holds entity declarations, or has
    no unit in both languages raises InputError and leaves the memory exactly as it was.
    """
    file = Path(path)
    if not file.exists():
        raise InputError(f"TMX file not found: {file}")
    if file.is_dir():
        raise InputError(f"{file} is a folder, not a TMX file")
    src, tgt = primary(src_lang), primary(tgt_lang)
    if not src.isalpha() or not tgt.isalpha():
        raise InputError(f"language codes must look like 'fr' or 'en-GB' (got {src_lang!r} and {tgt_lang!r})")
    origin = MemoryOrigin(check_name(name if name is not None else file.stem), KIND_TMX, path=str(file.resolve()))
    reading = TmxReading()

    def check(count: int) -> None:
        if count:
            origin.src_lang, origin.tgt_lang = reading.src_code, reading.tgt_code
            return
        if not reading.skipped:
            raise InputError(f"{file.name} has no translation units (no <tu> with text in its <body>)")
        seen = ", ".join(code or "(none)" for code, _ in reading.languages.most_common(6))
        raise InputError(
            f"{file.name} has no usable {src}→{tgt} pair: its units are in {seen}; nothing was imported "
            f"(give the languages with --src-lang/--tgt-lang)"
        )

    started = time.perf_counter()
    count = store.memory_import(origin, read_units(file, src, tgt, reading), replace=replace, check=check)
    return ImportResult(origin, count, reading.skipped, dict(reading.languages), seconds=time.perf_counter() - started)
