"""Every export format in one table: name → file extension, media type, writer, reader.

Modelled on translate-toolkit's `storage/factory.py`. To add a format, write one module
with a `Writer` (see `base.py`; `tsv.py` is the shortest) and add one line to `FORMATS`
below: the CLI's `--format`, the review page's export, `workbench run` and the round-trip
contract test (`tests/test_format_contract.py`) all read this table.

Writers and readers are named as `"module:attribute"` and imported only when used, so
`workbench --help` does not load lxml, openpyxl or python-docx.
"""

from __future__ import annotations

import importlib
import mimetypes
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from workbench.errors import InputError


class Kind(Enum):
    """What a format holds, which decides what its writer is given (see `workbench.export.orchestrator`)."""

    PAIRS = "pairs"
    """The project's links as `ExportUnit`s; the writer is a `Writer` class."""
    RULES = "rules"
    """Our segmentation rules; the writer is `write(rules, stream)`."""
    TABLE = "table"
    """A French | English table for a reviser, one row per link; the writer is `write(rows, stream, title)`."""
    DOCUMENT = "document"
    """The English document rebuilt in the original's format; the writer is `export_document`."""
    FOLDER = "folder"
    """A folder (the OmegaT project); the review page sends it as a .zip."""


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    """File name ending after `PROJECT.` (a folder's suffix for FOLDER; the rebuilt document is named by its own)."""
    media_type: str | None
    """What the review page sends it as; None: guessed from the written file's name."""
    kind: Kind
    writer: str
    reader: str | None = None
    """The `Reader` that reads the file back (`workbench import` and the contract test), when we have one."""
    noun: str = "pairs"
    """What the CLI counts: `wrote aligned/x.tmx (42 pairs)`."""
    multilingual: bool = False
    """A project with several targets goes out as one file holding every language (see `multilingual.py`)."""
    round_trip: bool = True
    """Its file holds the project's text, to be read back and compared; False only for the rules formats."""
    label: str = ""
    """What the review page's Export menu calls it (the rules formats are not offered there)."""
    about: str = ""
    """What `workbench export --help` says of it after its name, if its name does not say it all."""

    @property
    def on_page(self) -> bool:
        """Offered by the review page's Export menu: everything that holds the project's text."""
        return self.kind is not Kind.RULES

    @property
    def rebuilt(self) -> bool:
        """Written by `workbench.rebuild` from the project's documents rather than from export units."""
        return self.kind in (Kind.DOCUMENT, Kind.TABLE)

    def load_writer(self) -> Any:
        return _load(self.writer)

    def load_reader(self) -> Any:
        return _load(self.reader) if self.reader else None

    def media_type_for(self, path: Path) -> str:
        return self.media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "tmx",
            "tmx",
            "application/x-tmx+xml",
            Kind.PAIRS,
            "workbench.export.tmx:TmxWriter",
            "workbench.export.tmx:TmxReader",
            multilingual=True,
            label="TMX",
            about="the default",
        ),
        Format(
            "tsv",
            "tsv",
            "text/tab-separated-values",
            Kind.PAIRS,
            "workbench.export.tsv:TsvWriter",
            "workbench.export.tsv:TsvReader",
            label="TSV",
        ),
        Format("xlsx", "xlsx", _XLSX, Kind.PAIRS, "workbench.export.xlsx:XlsxWriter", label="XLSX"),
        Format(
            "xliff", "xlf", "application/xliff+xml", Kind.PAIRS, "workbench.export.xliff:XliffWriter", label="XLIFF"
        ),
        Format(
            "srx",
            "srx",
            "application/xml",
            Kind.RULES,
            "workbench.export.srx:write_srx",
            noun="rules",
            round_trip=False,
            about="our segmentation rules",
        ),
        Format(
            "omegat-segmentation",
            "segmentation.conf",
            "application/xml",
            Kind.RULES,
            "workbench.export.srx:write_omegat_segmentation",
            noun="rules",
            round_trip=False,
            about="the same rules for OmegaT 3.x",
        ),
        Format(
            "omegat-project",
            "omegat",
            "application/zip",
            Kind.FOLDER,
            "workbench.export.omegat.project:export_omegat_project",
            noun="memory units",
            label="OmegaT project (.zip)",
            about="a folder OmegaT opens as it is, its memory filling the document",
        ),
        Format(
            "document",
            "en.txt",
            None,
            Kind.DOCUMENT,
            "workbench.rebuild.project:export_document",
            noun="paragraphs",
            label="English document",
            about="the English document in the original's format",
        ),
        Format(
            "bilingual-html",
            "bilingual.html",
            "text/html",
            Kind.TABLE,
            "workbench.rebuild.bilingual:write_bilingual_html",
            noun="rows",
            label="bilingual table (HTML)",
            about="a French | English table for a reviser",
        ),
        Format(
            "bilingual-docx",
            "bilingual.docx",
            _DOCX,
            Kind.TABLE,
            "workbench.rebuild.bilingual:write_bilingual_docx",
            noun="rows",
            label="bilingual table (Word)",
            about="the same table for Word",
        ),
    )
}
"""The formats, in the order `--help` and the review page list them."""


def formats_help() -> str:
    """`--format`'s help: every format, in the table's order, with what it is where its name does not say."""
    return ", ".join(f"{f.name} ({f.about})" if f.about else f.name for f in FORMATS.values()) + "."


def format_spec(name: str) -> Format:
    """The format called `name` (case and edge spaces ignored), or one clear InputError."""
    spec = FORMATS.get(name.lower().strip())
    if spec is None:
        raise InputError(f"unknown export format {name[:20]!r}: use one of {', '.join(FORMATS)}")
    return spec


def reader_for(path: Path) -> Any:
    """The Reader for a file to import, from its suffix (a .xml that holds a TMX is one)."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".tab"):
        suffix = ".tsv"
    if suffix == ".xml" and b"<tmx" in path.read_bytes()[:2048]:
        suffix = ".tmx"
    for spec in FORMATS.values():
        if spec.reader and suffix == f".{spec.extension}":
            return spec.load_reader()()
    raise InputError(f"cannot import {path.name}: give a .tmx or .tsv file")


def _load(dotted: str) -> Any:
    module, _, name = dotted.partition(":")
    return getattr(importlib.import_module(module), name)
